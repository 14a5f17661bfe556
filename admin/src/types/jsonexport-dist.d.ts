// react-admin itself imports jsonexport's browser build from `jsonexport/dist`; importing the
// same path keeps one copy in the bundle. Its types are those of the package's main entry.
declare module 'jsonexport/dist' {
  import jsonexport from 'jsonexport';
  export default jsonexport;
}
