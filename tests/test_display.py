"""The checks that replace Qt's abort with one sentence when no window can open."""
import sys

import pytest

from wizard.app import display

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11 and its plugin are Linux matters")


@pytest.fixture
def desktop(monkeypatch):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_no_display_says_how_to_run_it(desktop):
    problem = display.display_problem()
    assert problem.startswith("No display found")
    assert "xvfb-run ./run --demo" in problem and "QT_QPA_PLATFORM=offscreen" in problem


@pytest.mark.parametrize("env", [{"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0"}])
def test_other_platforms_are_left_to_qt(desktop, env):
    for name, value in env.items():
        desktop.setenv(name, value)
    assert display.display_problem() is None


def test_a_library_the_plugin_cannot_load_is_named(desktop, tmp_path):
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared object")
    desktop.setenv("DISPLAY", ":99")
    desktop.setattr(display, "xcb_plugin", lambda: broken)
    problem = display.display_problem()
    assert problem.startswith(f"Qt cannot open a window: the system library {broken} is missing")
    assert "sudo apt install libxcb-cursor0" in problem

