#!/usr/bin/env bash
# Installs the Debian libraries Qt and the PDF checks need, when we can (root or passwordless sudo);
# otherwise prints the exact command to run. Idempotent and quiet when all is there.
set -u
PKGS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 poppler-utils qpdf"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Bibliothèques système manquantes :$missing (installez-les avec le gestionnaire de paquets)." >&2
  exit 0
fi
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "Bibliothèques système manquantes. Lancez :" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 0
fi
echo "Installation des bibliothèques système :$missing"
$SUDO apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null \
  || echo "apt-get a échoué ; lancez : sudo apt-get install -y$missing" >&2
