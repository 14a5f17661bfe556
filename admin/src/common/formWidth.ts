/** Forms are read line by line: wide enough for a village name and its help text, no wider. */
export const FORM_WIDTH = { maxWidth: 760 };
