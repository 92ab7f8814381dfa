use super::*;

fn first_error(text: &str) -> String {
    let purposes = vec![Purpose {
        explicit: false,
        ..Purpose::new("photo-internal", "Foto's")
    }];
    let mut file = PupilFile::open(text.as_bytes(), &purposes, &[], "f.csv", "UTF-8").unwrap();
    loop {
        match file.next_row() {
            Some(Err(e)) => return e,
            Some(Ok(_)) => continue,
            None => return String::new(),
        }
    }
}

/// A file whose reading fails after `given` bytes.
struct Failing(&'static [u8]);

impl Read for Failing {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.0.is_empty() {
            return Err(std::io::Error::other("the disk is gone"));
        }
        let n = buf.len().min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

#[test]
fn what_cannot_be_read_or_decoded_is_said_with_its_line() {
    let purposes = [Purpose::new("photo-internal", "Foto's")];
    let failing = PupilFile::open(Failing(b""), &purposes, &[], "f.csv", "UTF-8");
    assert_eq!(
        failing.err().as_deref(),
        Some("cannot read f.csv: the disk is gone")
    );
    let mut file = PupilFile::open(
        Failing(b"leerlingnummer;naam\n1;A\n2;"),
        &purposes,
        &[],
        "f.csv",
        "UTF-8",
    )
    .unwrap();
    let rows: Vec<Result<Row, String>> = std::iter::from_fn(|| file.next_row()).collect();
    assert_eq!(
        rows.last().unwrap().as_ref().unwrap_err(),
        "cannot read f.csv: the disk is gone"
    );
    let text = "leerlingnummer;naam\n1;J\u{FFFD}n\n";
    let mut file =
        PupilFile::open(text.as_bytes(), &purposes, &[], "f.csv", "windows-1252").unwrap();
    assert_eq!(
        file.next_row().unwrap().unwrap_err(),
        "f.csv line 2: bytes that are not windows-1252 (part of the file was saved in another encoding); save the whole file again as UTF-8 (CSV UTF-8 in Excel)"
    );
    let mut file = PupilFile::open(
        &b"leerlingnummer;naam\n1;J\xffn\n"[..],
        &purposes,
        &[],
        "f.csv",
        "UTF-8",
    )
    .unwrap();
    let err = file.next_row().unwrap().unwrap_err();
    assert!(
        err.starts_with("f.csv line 2: not readable as CSV: "),
        "{err}"
    );
}

#[test]
fn lines_read_in_small_pieces_end_on_lf() {
    let mut lines = LfLines::new("a;b\r\nlonger line\nlast".as_bytes());
    let mut out = Vec::new();
    let mut piece = [0u8; 3];
    loop {
        let n = lines.read(&mut piece).unwrap();
        if n == 0 {
            break;
        }
        out.extend_from_slice(&piece[..n]);
    }
    assert_eq!(out, b"a;b\nlonger line\nlast\n");
}

#[test]
fn a_file_says_where_each_field_stands_and_what_it_does_not_read() {
    let purposes = [Purpose::new("photo-internal", "Foto's")];
    let open =
        |text: &'static str| PupilFile::open(text.as_bytes(), &purposes, &[], "f.csv", "UTF-8");
    let text = "Leerlingnummer;Naam;Locatie;Opmerking;photo-internal\n1;A;12AB00;x;ja\n";
    let file = open(text).unwrap();
    assert_eq!(file.purposes(), ["photo-internal"]);
    assert_eq!(file.number_column(), "column 1 (Leerlingnummer)");
    assert_eq!(file.column(&Column::School), "column 3 (Locatie)");
    assert!(file.reads(&Column::School));
    assert!(!file.reads(&Column::BirthDate));
    assert_eq!(file.ignored(), ["Opmerking"]);
    // A row longer than the reader's buffer, and a last line without its end.
    let long = format!(
        "leerlingnummer;naam;opmerking;photo-internal\n1;A;{};ja\n2;B;;nee",
        "x".repeat(100_000)
    )
    .leak();
    let mut file = open(long).unwrap();
    let read: Vec<Row> = std::iter::from_fn(|| file.next_row())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(read.len(), 2);
    assert_eq!((read[1].number.as_str(), read[1].line), ("2", 3));
    assert_eq!(read[1].answers, [Some(Decision::Refused)]);
}

#[test]
fn lines_are_counted_alike_with_crlf_and_lf() {
    let lf = "leerlingnummer,naam,photo-internal\n1,A,ja\n2,B,ja\n3,C,perhaps\n";
    assert!(
        first_error(lf).starts_with("f.csv line 4,"),
        "{}",
        first_error(lf)
    );
    let crlf = lf.replace('\n', "\r\n");
    assert!(
        first_error(&crlf).starts_with("f.csv line 4,"),
        "{}",
        first_error(&crlf)
    );
    let first = "leerlingnummer,naam,photo-internal\r\n1,A,perhaps\r\n";
    assert!(
        first_error(first).starts_with("f.csv line 2,"),
        "{}",
        first_error(first)
    );
    let short = "leerlingnummer,naam,photo-internal\n5,A,ja\n\n\n\n\n6,B\n";
    assert_eq!(
        first_error(short),
        "f.csv line 7: 2 fields where the header has 3"
    );
}

#[test]
fn a_quote_left_open_in_a_middle_column_is_said_before_the_count_of_fields_it_spoils() {
    let text =
        "Leerlingnummer;Naam;Groep;photo-internal\n1001;\"Sanne de Vries;5B;ja\n1002;Bo;5B;nee\n";
    let error = first_error(text);
    assert!(
        error.starts_with("f.csv line 2, column 2 (Naam): a quote is left open"),
        "{error}"
    );
}
