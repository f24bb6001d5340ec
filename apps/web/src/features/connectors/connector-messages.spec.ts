import { describe, expect, it } from '@jest/globals';
import { connectorMessageText } from './connector-messages';

const portmone = {
  phrases: {
    'Connected to Portmone as payee {payee}': 'Підключено до Portmone як одержувач {payee}',
    'Portmone refused to {action}: {reason}': 'Portmone відмовив ({action}): {reason}',
  },
};

describe(connectorMessageText.name, () => {
  it('should word a message made from a declared phrase, with its parts read back', () => {
    expect(connectorMessageText(portmone, 'Connected to Portmone as payee 1185')).toBe(
      'Підключено до Portmone як одержувач 1185',
    );
    expect(connectorMessageText(portmone, 'Portmone refused to sign in: wrong (login); try')).toBe(
      'Portmone відмовив (sign in): wrong (login); try',
    );
  });

  it('should leave any other message, and a connector without phrases, as it is', () => {
    expect(connectorMessageText(portmone, 'Connected to Portmone as payee')).toBe(
      'Connected to Portmone as payee',
    );
    expect(connectorMessageText(undefined, 'Anything [.*]')).toBe('Anything [.*]');
  });
});
