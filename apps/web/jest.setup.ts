import '@testing-library/jest-dom/jest-globals';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves out what the browser and Node both have and React Router needs at import time.
Object.assign(globalThis, { TextEncoder, TextDecoder });
