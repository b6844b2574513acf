// @wayfarer/imports/files: reading imported files in Node — CSV rows with resumable byte offsets,
// uploads normalised to UTF-8 CSV (legacy encodings, XLSX), and previews of the first rows.
export { isBlankRow, readCsvRows, type ByteSource, type CsvReadPosition, type CsvRow } from './files/csv-rows';
export { FileFormatError, readHeader } from './files/header';
export { toUtf8Csv, uploadEncodings, type UploadEncoding, type UploadFormat } from './files/to-utf8-csv';
export { previewFile, type FilePreview, type PreviewRow } from './files/preview';
