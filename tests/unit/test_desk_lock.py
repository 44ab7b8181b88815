"""One desk per data folder: the lock refuses a second holder and dies with its process."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desk.store import DeskInUse, desk_lock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from pathlib import Path
from desk.store import desk_lock
lock = desk_lock(Path(sys.argv[1]), program="test holder").acquire()
print("held", flush=True)
time.sleep(120)
"""


def _holder(folder: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_process_cannot_take_the_lock_and_a_killed_holder_frees_it(tmp_path):
    proc = _holder(tmp_path)
    try:
        with pytest.raises(DeskInUse) as refused:
            desk_lock(tmp_path).acquire()
        holder = refused.value.holder
        assert holder.pid == proc.pid and holder.program == "test holder" and holder.since
        assert str(proc.pid) in str(refused.value)
    finally:
        proc.send_signal(signal.SIGKILL)  # a crash: nothing runs to clean up
        proc.wait(timeout=10)
    assert (tmp_path / "desk.lock").exists()  # the file stays; the lock on it died with the process
    lock = desk_lock(tmp_path).acquire()
    assert lock.held
    lock.release()


def test_lock_in_this_process_refuses_a_second_lock_until_released(tmp_path):
    with desk_lock(tmp_path) as first:
        assert first.held
        with pytest.raises(DeskInUse):
            desk_lock(tmp_path).acquire()
    with desk_lock(tmp_path) as again:
        assert again.held


def test_the_demo_folder_has_its_own_lock(tmp_path):
    from desk import config

    with desk_lock(tmp_path):
        with desk_lock(config.demo_data_dir(tmp_path)) as demo:
            assert demo.held


def test_a_released_lock_leaves_no_holder_note(tmp_path):
    from desk.locking import read_holder

    with desk_lock(tmp_path):
        assert read_holder(tmp_path).pid == os.getpid()
    assert read_holder(tmp_path).pid is None


def test_a_program_started_by_the_desk_does_not_inherit_the_lock(tmp_path):
    with desk_lock(tmp_path) as lock:
        # close_fds=False: only what is inheritable reaches the child, and the lock file is not.
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], close_fds=False)
        try:
            lock.release()
            proc = _holder(tmp_path)  # the child still runs, yet the folder is free
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            child.kill()
            child.wait(timeout=10)
