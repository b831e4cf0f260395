/** The API refuses longer free-text filters (BAD_USER_INPUT); inputs and URLs stop here. */
export const MAX_SEARCH_LENGTH = 100;

/** A search text as the API accepts it: from a URL or a paste, cut to the limit. */
export const clampSearch = (text: string): string => text.slice(0, MAX_SEARCH_LENGTH);
