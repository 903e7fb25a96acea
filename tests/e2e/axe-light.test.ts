import { axeEveryPage } from './axe.ts';

axeEveryPage('light');
