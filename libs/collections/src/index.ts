export { RecentMap } from './recent-map';
