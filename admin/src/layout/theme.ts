import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** The system's own fonts: nothing is fetched from a font service. */
const SYSTEM_FONTS = ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', '"Liberation Sans"', 'Arial', 'sans-serif'].join(', ');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: SYSTEM_FONTS },
};
