// What a stylesheet import is in the dashboard's unit tests (jsdom renders no CSS).
export {};
