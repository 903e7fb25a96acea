import { axeEveryPage } from './axe.ts';

axeEveryPage('dark');
