export { SegmentsPage } from './SegmentsPage';
export { SegmentPage } from './SegmentPage';
export { SegmentOptionsProvider } from './segment-options';
