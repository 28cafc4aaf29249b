"""Reading a user's file: regular files only, never more than the cap, and never waiting."""

import os
import signal

import pytest

from slaeval.errors import InputError
from slaeval.safe_read import (
    FileTooLargeError,
    NotRegularFileError,
    read_regular_file,
    require_regular_file,
)


@pytest.fixture
def no_hang():
    """Turn a read that would wait for ever into a failure (a guard, not a speed test)."""

    def alarm(signum, frame):
        raise TimeoutError("the read waited")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_regular_file_and_a_link_to_one_are_read_whole(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"0123456789")
    os.symlink(path, tmp_path / "link.json")
    assert read_regular_file(path, 10) == b"0123456789"
    assert read_regular_file(tmp_path / "link.json", 10) == b"0123456789"


def test_a_file_over_the_cap_is_refused_and_one_at_the_cap_is_not(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 11)
    with pytest.raises(FileTooLargeError) as caught:
        read_regular_file(path, 10)
    assert str(path) in caught.value.text("en")
    assert read_regular_file(path, 11) == b"x" * 11


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize("kind", ["named pipe", "dev zero", "folder"])
def test_what_is_not_a_regular_file_is_refused_without_reading(kind, tmp_path):
    path = tmp_path / "input.json"
    if kind == "named pipe":
        os.mkfifo(path)  # nobody writes to it: a plain open would wait for ever
    elif kind == "dev zero":
        os.symlink("/dev/zero", path)  # a plain read would never end
    else:
        path.mkdir()
    with pytest.raises(NotRegularFileError) as caught:
        read_regular_file(path, 1024)
    assert isinstance(caught.value, InputError)  # a user's mistake, with a message
    fr, en = WHAT[kind]
    assert caught.value.text("fr") == f"{path} n'est pas un fichier ordinaire : c'est {fr}"
    assert caught.value.text("en") == f"{path} is not a regular file: it is {en}"
    assert caught.value.reason.en == f"not a regular file: it is {en}"  # without the path
    with pytest.raises(NotRegularFileError) as by_status:  # the same, from its status alone
        require_regular_file(path)
    assert by_status.value.message == caught.value.message


WHAT = {
    "named pipe": ("un tube nommé", "a named pipe"),
    "dev zero": ("un périphérique", "a device"),
    "folder": ("un dossier", "a folder"),
}


def test_missing_files_and_link_loops_give_the_system_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing.json", 10)
    with pytest.raises(FileNotFoundError):
        require_regular_file(tmp_path / "missing.json")
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    with pytest.raises(OSError):
        read_regular_file(tmp_path / "a", 10)
