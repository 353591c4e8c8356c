"""`ptce-desktop [FILE.ptce] [--demo] [--smoke] [--lang fr|en] [--user NOM]`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

_IMPORTED_AT = time.monotonic()
PACKAGE_EXTENSION = ".ptcepkg"  # services/packages.py, not imported here: --help answers at once


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc), else since this import."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - start)
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


SMOKE_DOSSIERS = 40
SMOKE_TIMEOUT_MS = 180_000
# On quit, how long a job may take to end: a PDF probe's two checks under their time limit.
QUIT_WAIT_MS = 12_000


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ptce-desktop", description="Comité de sélection des appels à projets PTCE"
    )
    p.add_argument(
        "file", nargs="?", help="fichier d'appel (.ptce) ou paquet de rapporteur (.ptcepkg)"
    )
    p.add_argument("--demo", action="store_true", help="ouvrir un appel de démonstration neuf")
    p.add_argument(
        "--smoke",
        action="store_true",
        help="afficher chaque vue une fois puis quitter (contrôle d'installation)",
    )
    p.add_argument(
        "--lang", choices=("fr", "en"), help="langue (celle des Préférences, fr par défaut)"
    )
    p.add_argument("--user", metavar="NOM", help="votre nom pour le journal d'audit")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.file and args.demo:
        print("ptce-desktop : choisissez un fichier ou --demo, pas les deux", file=sys.stderr)
        return 2

    # Qt is imported here so that `--help` answers at once.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import errors
    from .main_window import MainWindow
    from .setup import configure_application

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app, lang=args.lang)
    errors.install_excepthook()
    app.aboutToQuit.connect(_quit)
    status = {"code": 0}
    if args.smoke:
        _smoke_errors(app, status)

    window = MainWindow(user=args.user or ("Secrétariat" if args.smoke else None))
    window.show_first_time()
    app.processEvents()
    shown_after = process_age()

    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    if args.demo or (args.smoke and not args.file):
        demo_dir = tempfile.TemporaryDirectory(prefix="ptce-demo-", ignore_cleanup_errors=True)

    if args.smoke:
        _arm_smoke(app, window, status, shown_after)
    if args.file and args.file.endswith(PACKAGE_EXTENSION):
        from .views.package_actions import open_package_file

        QTimer.singleShot(0, lambda: open_package_file(window, Path(args.file)))
    elif args.file:
        window.open_call(Path(args.file))
    elif demo_dir is not None:
        dossiers = SMOKE_DOSSIERS if args.smoke else 180
        window.open_demo(Path(demo_dir.name), dossiers=dossiers)
    QTimer.singleShot(0, lambda: None)
    code = app.exec()
    if demo_dir is not None:
        demo_dir.cleanup()
    return status["code"] or code


def _quit() -> None:
    """Jobs still running (a PDF probe reading its copy) end first; then this run's temporary
    copies (files opened outside) go, atexit removing them as well."""
    from ..io.files import remove_run_temp_folder
    from .tasks import finish_all

    finish_all(QUIT_WAIT_MS)
    remove_run_temp_folder()


def _smoke_errors(app: object, status: dict[str, int]) -> None:
    """In a smoke run an error dialog would wait forever: print it and fail instead."""
    from PySide6.QtWidgets import QApplication

    from . import errors

    assert isinstance(app, QApplication)

    def fail(_parent: object, title: str, message: str, details: str = "") -> None:
        print(f"échec : {title} : {message}\n{details}", file=sys.stderr)
        status["code"] = 1
        app.exit(1)

    errors.show_error = fail  # type: ignore[assignment]  # headless check: an error ends the run


def _arm_smoke(app: object, window: object, status: dict[str, int], shown_after: float) -> None:
    """Show every view once when the call is open, then quit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import errors
    from .main_window import MainWindow

    assert isinstance(window, MainWindow) and isinstance(app, QApplication)

    def tour(_path: object) -> None:
        view = window.dossier_view
        for i in range(view.tabs.count()):
            view.tabs.setCurrentIndex(i)
            app.processEvents()
        window.history_dock.show()
        app.processEvents()
        view.tabs.setCurrentIndex(0)
        shown = window.dossier_list.visible_count()
        print(
            f"fenêtre affichée en {shown_after:.2f} s ({shown} dossiers, "
            f"{view.tabs.count()} onglets vus)"
        )
        window.close()
        app.exit(status["code"])

    window.call_opened.connect(tour)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: errors.show_error(None, "délai dépassé", "smoke"))


if __name__ == "__main__":
    raise SystemExit(main())
