//! The `unboil` command: streams, reports, and fails with one clear line.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn unboil(args: &[&str], stdin: &[u8]) -> (i32, Vec<u8>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_unboil"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const PAGE: &[u8] = b"<html><head></head><body><p>Foreign Minister Sergei Lavrov spoke.</p>\
<div><h3>Sign up for our newsletter</h3><form><input type=email><button>Subscribe</button></form></div></body></html>";

fn one_line_error(stderr: &str) {
    assert_eq!(
        stderr.trim_end().lines().count(),
        1,
        "not one line: {stderr:?}"
    );
    assert!(stderr.starts_with("unboil: "), "{stderr:?}");
    assert!(!stderr.contains("panicked"), "{stderr:?}");
}

#[test]
fn streams_stdin_to_stdout_with_a_report() {
    let (code, out, err) = unboil(&["clean", "-", "--report", "-"], PAGE);
    assert_eq!(code, 0, "{err}");
    let html = String::from_utf8(out).unwrap();
    assert!(html.contains("data-unboil-collapsed=\"newsletter\""));
    assert!(html.contains("<mark data-unboil-official=\"Sergei Lavrov\""));
    let report: serde_json::Value = serde_json::from_str(&err).unwrap();
    assert_eq!(report["collapsed"][0]["kind"], "newsletter");
    assert!(
        report["collapsed"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("e-mail field")
    );
    assert_eq!(report["officials"][0]["role"], "Foreign Minister");
}

#[test]
fn switches_turn_each_part_off() {
    let (_, out, _) = unboil(&["clean", "--no-collapse"], PAGE);
    let html = String::from_utf8(out).unwrap();
    assert!(!html.contains("data-unboil-collapsed") && html.contains("<mark"));
    let (_, out, _) = unboil(&["clean", "--no-officials"], PAGE);
    let html = String::from_utf8(out).unwrap();
    assert!(html.contains("data-unboil-collapsed") && !html.contains("<mark"));
}

#[test]
fn each_kind_of_appeal_has_its_own_switch() {
    const BOTH: &[u8] = b"<body><p>Text of the article, long enough to stand on its own.</p>\
<div><h3>Sign up for our newsletter</h3><form><input type=email><button>Subscribe</button></form></div>\
<div><h3>Support our journalism</h3><p>Donate today.</p><a href=/donate>Donate now</a></div></body>";
    let kinds = |flag: &str| {
        let (code, out, err) = unboil(&["clean", flag], BOTH);
        assert_eq!(code, 0, "{err}");
        let html = String::from_utf8(out).unwrap();
        (
            html.contains("data-unboil-collapsed=\"donation\""),
            html.contains("data-unboil-collapsed=\"newsletter\""),
        )
    };
    assert_eq!(kinds("--no-ui"), (true, true));
    assert_eq!(kinds("--no-donation"), (false, true));
    assert_eq!(kinds("--no-newsletter"), (true, false));
}

#[test]
fn output_through_a_link_or_into_a_pipe_is_written_not_replaced() {
    let dir = std::env::temp_dir().join(format!("unboil-cli-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.html");
    std::fs::write(&input, PAGE).unwrap();
    // A symbolic link stays a link; its target gets the page.
    let target = dir.join("target.html");
    let link = dir.join("link.html");
    std::fs::write(&target, b"old").unwrap();
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let (code, _, err) = unboil(
        &[
            "clean",
            input.to_str().unwrap(),
            "-o",
            link.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("data-unboil-collapsed")
    );
    // A named pipe is written into, not renamed over (as /dev/null once was).
    let fifo = dir.join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let (code, _, err) = unboil(
        &[
            "clean",
            input.to_str().unwrap(),
            "-o",
            fifo.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    // Checked before joining: a replaced pipe would leave the reader waiting forever.
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let got = reader.join().unwrap();
    assert!(
        String::from_utf8(got)
            .unwrap()
            .contains("data-unboil-collapsed")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn insertions_are_ascii_when_no_charset_is_declared() {
    // Without a BOM, <meta charset> or --charset a browser may read the page in
    // another charset than UTF-8: what Unboil adds must read the same in any.
    let page = "<p>Министр иностранных дел Сергей Лавров сказал.</p>\
<div><h3>Sign up for our newsletter</h3><form><input type=email><button>Subscribe</button></form></div>";
    let (code, out, err) = unboil(&["clean"], page.as_bytes());
    assert_eq!(code, 0, "{err}");
    let html = String::from_utf8(out).unwrap();
    assert!(html.contains("data-unboil-official=\"&#1057;&#1077;&#1088;&#1075;&#1077;&#1081; &#1051;&#1072;&#1074;&#1088;&#1086;&#1074;\""));
    assert!(html.contains("hidden &#183; Show"));
    assert!(
        html.contains(">Сергей Лавров</mark>"),
        "the page's own text is untouched"
    );
    // Declared, the insertions are written in the page's charset.
    let declared = format!("<meta charset=utf-8>{page}");
    let (_, out, _) = unboil(&["clean"], declared.as_bytes());
    let html = String::from_utf8(out).unwrap();
    assert!(
        html.contains("data-unboil-official=\"Сергей Лавров\"") && html.contains("hidden · Show")
    );
}

#[test]
fn plan_is_json() {
    let (code, out, err) = unboil(&["clean", "--plan"], PAGE);
    assert_eq!(code, 0, "{err}");
    let plan: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ops: Vec<&str> = plan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["op"].as_str().unwrap())
        .collect();
    assert!(
        ops.contains(&"collapse") && ops.contains(&"mark"),
        "{ops:?}"
    );
}

#[test]
fn files_in_and_out() {
    let dir = std::env::temp_dir().join(format!("unboil-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.html");
    let output = dir.join("out.html");
    let report = dir.join("report.json");
    std::fs::write(&input, PAGE).unwrap();
    let (code, _, err) = unboil(
        &[
            "clean",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&output)
            .unwrap()
            .contains("data-unboil-collapsed")
    );
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("\"officials\"")
    );
    // The input is never overwritten.
    let (code, _, err) = unboil(
        &[
            "clean",
            input.to_str().unwrap(),
            "-o",
            input.to_str().unwrap(),
        ],
        b"",
    );
    assert_ne!(code, 0);
    one_line_error(&err);
    assert_eq!(std::fs::read(&input).unwrap(), PAGE);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_input_gets_one_clear_line_and_a_failing_exit() {
    let (code, _, err) = unboil(&["clean", "/no/such/file.html"], b"");
    assert_eq!(code, 1);
    one_line_error(&err);
    assert!(err.contains("cannot read /no/such/file.html"));

    let (code, _, err) = unboil(&["clean", "--frobnicate"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("unknown option '--frobnicate'"));

    let (code, _, err) = unboil(&["clean", "--charset", "klingon"], PAGE);
    assert_eq!(code, 1);
    one_line_error(&err);
    assert!(err.contains("unknown charset 'klingon'"));

    let (code, _, err) = unboil(&["clean"], b"\xff\xfe<\x00p\x00>\x00");
    assert_eq!(code, 1);
    one_line_error(&err);
    assert!(err.contains("unsupported charset: UTF-16LE"));

    let (code, _, err) = unboil(&["clean", "-o"], b"");
    assert_eq!(code, 2);
    assert!(err.contains("-o needs a value"));

    let (code, _, _) = unboil(&[], b"");
    assert_eq!(code, 2);
}

#[test]
fn charset_from_meta_or_flag() {
    let page = "<meta charset=\"windows-1251\"><p>Министр иностранных дел Сергей Лавров</p>";
    let bytes = encoding_rs::WINDOWS_1251.encode(page).0.into_owned();
    let (code, out, err) = unboil(&["clean", "--report", "-"], &bytes);
    assert_eq!(code, 0);
    let (text, _, bad) = encoding_rs::WINDOWS_1251.decode(&out);
    assert!(!bad && text.contains(">Сергей Лавров</mark>"));
    // The report names the charset, so a script can decode the bytes it gets back.
    let report: serde_json::Value = serde_json::from_str(&err).unwrap();
    assert_eq!(report["stats"]["charset"], "windows-1251");
    // Without the meta, --charset says.
    let bare = encoding_rs::WINDOWS_1251
        .encode("<p>Министр иностранных дел Сергей Лавров</p>")
        .0
        .into_owned();
    let (code, out, _) = unboil(&["clean", "--charset", "cp1251"], &bare);
    assert_eq!(code, 0);
    assert!(
        encoding_rs::WINDOWS_1251
            .decode(&out)
            .0
            .contains(">Сергей Лавров</mark>")
    );
}

#[test]
fn undecodable_input_is_refused_and_leaves_no_half_page() {
    let (code, _, err) = unboil(&["clean"], b"<p>caf\xe9 \xff</p>");
    assert_eq!(code, 1);
    one_line_error(&err);
    assert!(err.contains("is not valid UTF-8"), "{err}");
    let dir = std::env::temp_dir().join(format!("unboil-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("in.html");
    let output = dir.join("out.html");
    std::fs::write(&input, b"<p>caf\xe9 \xff</p>").unwrap();
    let (code, _, _) = unboil(
        &[
            "clean",
            input.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(code, 1);
    assert!(
        std::fs::read_dir(&dir).unwrap().count() == 1,
        "a partial output was left behind"
    );
    // Read as windows-1252 it is valid, and comes out byte for byte.
    let (code, out, err) = unboil(
        &[
            "clean",
            input.to_str().unwrap(),
            "--charset",
            "windows-1252",
        ],
        b"",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, b"<p>caf\xe9 \xff</p>");
    std::fs::remove_dir_all(&dir).unwrap();
}
