// Testing Library settings for the dashboard project (jest setupFilesAfterEnv).
import { configure } from '@testing-library/react';
import { loadDictionary } from '../modules/i18n/utils/translate';

// In CI the dashboard suites share two cores with the API suites on SQLite and MariaDB, so a
// mocked query can take longer than the default 1 s to settle; `findBy…`/`waitFor` wait up to 5 s.
configure({ asyncUtilTimeout: 5_000 });
// A test may wait for several such answers in turn.
jest.setTimeout(20_000);
// The app fetches the English dictionary when English is chosen, and Indonesian past its first
// texts with the signed-in pages; tests render any page and switch synchronously.
beforeAll(() => Promise.all([loadDictionary('id'), loadDictionary('en')]));
