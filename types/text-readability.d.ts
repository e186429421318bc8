declare module 'text-readability' {
  interface Readability {
    lexiconCount(text: string, removePunctuation?: boolean): number;
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
