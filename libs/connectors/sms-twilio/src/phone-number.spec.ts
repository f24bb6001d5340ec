import { describe, expect, it } from '@jest/globals';
import {
  CALLING_COUNTRIES,
  callingCountryOptions,
  isShortCodeOrSenderId,
  normalisePhoneNumber,
} from './phone-number';

describe(normalisePhoneNumber.name, () => {
  describe('when the number is written with its country code', () => {
    it.each([
      ['+5511999998888', '+5511999998888'],
      ['+55 (11) 99999-8888', '+5511999998888'],
      ['+1 (555) 123-4567', '+15551234567'],
      ['+380 50 123 45 67', '+380501234567'],
      ['+351.912.345.678', '+351912345678'],
      ['+47\u00a0912\u00a034\u00a0567', '+4791234567'],
      ['\u202a+47 912 34 567\u202c', '+4791234567'],
      ['\ufeff+34 612–345–678', '+34612345678'],
      ['  +52 55 1234 5678  ', '+525512345678'],
      ['+44 (0)20 7946 0958', '+442079460958'],
      ['+44 20/7946 0958', '+442079460958'],
    ])('should write %j as %s', (raw, expected) => {
      expect(normalisePhoneNumber(raw)).toBe(expected);
    });

    it.each([
      ['0055 11 99999-8888', '+5511999998888'],
      ['00380501234567', '+380501234567'],
      ['00 1 555 123 4567', '+15551234567'],
    ])('should read the leading 00 of %j as + and give %s', (raw, expected) => {
      expect(normalisePhoneNumber(raw)).toBe(expected);
    });

    it('should keep the written country code when the account has another default', () => {
      expect(normalisePhoneNumber('+55 11 99999 8888', 'UA')).toBe('+5511999998888');
    });
  });

  describe('when the number is written without its country code', () => {
    it.each([
      ['BR', '(11) 99999-8888', '+5511999998888'],
      ['BR', '11 3333-4444', '+551133334444'],
      ['BR', '011 99999 8888', '+5511999998888'],
      ['BR', '55 99999 8888', '+5555999998888'],
      ['BR', '5511999998888', '+5511999998888'],
      ['UA', '050 123 45 67', '+380501234567'],
      ['UA', '380501234567', '+380501234567'],
      ['US', '(555) 123-4567', '+15551234567'],
      ['US', '1 555 123 4567', '+15551234567'],
      ['CA', '416-555-0123', '+14165550123'],
      ['NO', '912 34 567', '+4791234567'],
      ['ES', '612 345 678', '+34612345678'],
      ['PT', '912 345 678', '+351912345678'],
      ['MX', '55 1234 5678', '+525512345678'],
      ['AR', '11 2345-6789', '+541123456789'],
      ['AR', '9 11 2345-6789', '+5491123456789'],
      ['CO', '300 123 4567', '+573001234567'],
      ['GB', '07700 900123', '+447700900123'],
    ])('should add the calling code of %s to %j', (country, raw, expected) => {
      expect(normalisePhoneNumber(raw, country)).toBe(expected);
    });

    it('should refuse it when the account has no default country', () => {
      expect(normalisePhoneNumber('(11) 99999-8888')).toBeNull();
    });

    it('should refuse it when the default country is unknown', () => {
      expect(normalisePhoneNumber('(11) 99999-8888', 'XX')).toBeNull();
    });

    it.each([
      ['BR', '99999-888'],
      ['BR', '0 9999 8888'],
      ['US', '555 1234'],
      ['UA', '050 123 45 6'],
      ['NO', '91234'],
    ])('should refuse it when %s numbers never have the length of %j', (country, raw) => {
      expect(normalisePhoneNumber(raw, country)).toBeNull();
    });
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['+'],
    ['+12345'],
    ['+0123456789'],
    ['+1234567890123456'],
    ['++5511999998888'],
    ['+5511999998888+'],
    ['+55 11 99999-8888 ext 12'],
    ['+55 11 99999-8888;12'],
    ['+55_11_99999_8888'],
    ['tel:+5511999998888'],
  ])('should refuse %j whatever the default country', (raw) => {
    expect(normalisePhoneNumber(raw)).toBeNull();
    expect(normalisePhoneNumber(raw, 'BR')).toBeNull();
  });
});

describe('CALLING_COUNTRIES', () => {
  it('should offer each country once with its calling code in the label', () => {
    const codes = CALLING_COUNTRIES.map((country) => country.code);

    expect(new Set(codes).size).toBe(codes.length);
    expect(callingCountryOptions).toContainEqual({ value: 'BR', label: 'Brazil (+55)' });
    expect(callingCountryOptions).toContainEqual({ value: 'UA', label: 'Ukraine (+380)' });
  });
});

describe(isShortCodeOrSenderId.name, () => {
  it.each([['12345'], ['898211'], ['ACME'], ['Acme Shop'], ['Shop2Go']])(
    'should accept %j as a sender',
    (raw) => {
      expect(isShortCodeOrSenderId(raw)).toBe(true);
    },
  );

  it.each([['+5511999998888'], ['12'], ['AVeryLongShopName'], ['Shop!'], ['']])(
    'should refuse %j as a short code or sender ID',
    (raw) => {
      expect(isShortCodeOrSenderId(raw)).toBe(false);
    },
  );
});
