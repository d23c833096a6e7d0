"""The command line: build writes the tables; a bad raw file exits 2 with the message."""

from chinaspace.__main__ import main


def test_build_writes_processed_tables(tmp_path, capsys):
    assert main(["build", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "events.csv").exists()
    assert "wrote" in capsys.readouterr().out


def test_bad_raw_file_exits_with_the_error(raw_copy, tmp_path, capsys):
    (raw_copy / "aliases.csv").write_text("alias,code\n", encoding="utf-8")
    assert main(["build", "--raw", str(raw_copy), "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "aliases.csv, line 1, column 'note'" in err
    assert not (tmp_path / "events.csv").exists()


def test_validate_checks_sidecars(capsys):
    assert main(["validate"]) == 0
    assert "valid:" in capsys.readouterr().out
