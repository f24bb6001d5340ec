import { defineField } from '@fluxo/connector-sdk';
import { loadSheets, loadSpreadsheets } from './option-loaders';

/** The spreadsheet and tab pickers shared by the source and the receiver. */
export const spreadsheetField = defineField({
  key: 'spreadsheet',
  label: 'Spreadsheet',
  type: 'dynamic-select',
  required: true,
  loadOptions: loadSpreadsheets,
  placeholder: 'https://docs.google.com/spreadsheets/d/…',
  help: 'Pick a spreadsheet, or paste its link from the browser address bar.',
});

export const sheetField = defineField({
  key: 'sheet',
  label: 'Sheet',
  type: 'dynamic-select',
  required: true,
  loadOptions: loadSheets,
  dependsOn: ['spreadsheet'],
  help: 'The tab at the bottom of the spreadsheet. Its first row must hold the column names.',
});
