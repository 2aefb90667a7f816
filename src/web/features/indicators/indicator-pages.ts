/** The indicator pages, loaded on demand by app/routes.tsx so the first page stays small. */
export { IndicatorDetailPage } from './indicator-detail-page.tsx';
export { IndicatorsPage } from './indicators-page.tsx';
export { MachineTokensPage } from './machine-tokens-page.tsx';
export { ReviewPage } from './review-page.tsx';
