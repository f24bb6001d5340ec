import { describe, expect, it } from '@jest/globals';
import { A1ParseError, columnIndex, columnLetters, formatA1, parseA1, quoteSheetName } from './a1';

describe(parseA1.name, () => {
  it('should read a bare word as a sheet name when it is not a cell reference', () => {
    expect(parseA1('Sheet1')).toEqual({ sheet: 'Sheet1' });
  });

  it('should undo quotes and doubled apostrophes when the sheet name is quoted', () => {
    expect(parseA1("'My Sheet'!A1:D")).toEqual({
      sheet: 'My Sheet',
      startRow: 0,
      startColumn: 0,
      endRow: undefined,
      endColumn: 3,
    });
    expect(parseA1("'It''s'")).toEqual({ sheet: "It's" });
  });

  it('should leave rows open when whole columns are given', () => {
    expect(parseA1('A:C')).toEqual({
      sheet: undefined,
      startRow: undefined,
      endRow: undefined,
      startColumn: 0,
      endColumn: 2,
    });
  });

  it('should read whole rows and single cells when given with a sheet', () => {
    expect(parseA1('Orders!2:5')).toMatchObject({ sheet: 'Orders', startRow: 1, endRow: 4 });
    expect(parseA1('Orders!B3')).toMatchObject({
      startRow: 2,
      endRow: 2,
      startColumn: 1,
      endColumn: 1,
    });
  });

  it('should take a name that looks like a cell as a sheet when such a sheet exists', () => {
    expect(parseA1('Q1', ['Q1'])).toEqual({ sheet: 'Q1' });
    expect(parseA1('Q1')).toMatchObject({ sheet: undefined, startRow: 0, startColumn: 16 });
  });

  it('should refuse ranges Sheets cannot parse when they mix a column and a row', () => {
    expect(() => parseA1('Sheet1!A:5')).toThrow(A1ParseError);
    expect(() => parseA1("'Unclosed!A1")).toThrow('Unable to parse range');
    expect(() => parseA1('')).toThrow(A1ParseError);
  });
});

describe(formatA1.name, () => {
  it('should quote sheet names with spaces and write one cell once when start equals end', () => {
    expect(formatA1('My Sheet', 0, 0, 4, 2)).toBe("'My Sheet'!A1:C5");
    expect(formatA1('Sheet1', 1, 27, 1, 27)).toBe('Sheet1!AB2');
  });

  it('should convert column letters both ways when past Z', () => {
    expect(columnIndex('AA')).toBe(26);
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(quoteSheetName('A1')).toBe("'A1'");
  });
});
