/** A strict RFC 4180 reader for tests: CRLF records, quoted fields; throws on anything malformed. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    while (true) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        while (true) {
          const quote = text.indexOf('"', i);
          if (quote === -1) throw new Error(`unterminated quoted field at ${i}`);
          cell += text.slice(i, quote);
          i = quote + 1;
          if (text[i] === '"') {
            cell += '"';
            i++;
          } else break;
        }
      } else {
        const end = text.slice(i).search(/[,\r\n"]/);
        const stop = end === -1 ? text.length : i + end;
        if (text[stop] === '"') throw new Error(`a quote inside an unquoted field at ${stop}`);
        cell = text.slice(i, stop);
        i = stop;
      }
      record.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      }
      throw new Error(`expected , or CRLF at ${i}`);
    }
    records.push(record);
  }
  return records;
}
