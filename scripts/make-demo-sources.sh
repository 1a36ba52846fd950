#!/usr/bin/env bash
# Rebuilds demo/sources/: real Go repositories, from Debian's golang-*-dev packages, packed as
# GitHub-style tarballs (one top folder) so `tusk demo` runs offline on any machine.
set -euo pipefail
cd "$(dirname "$0")/.."
out=demo/sources
rm -rf "$out"
pack() { # owner repo path-under-gocode version
  mkdir -p "$out/$1"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner \
    -C "/usr/share/gocode/src/$(dirname "$3")" --transform "s,^$(basename "$3"),$1-$2-$4," \
    -cf - "$(basename "$3")" | gzip -9n > "$out/$1/$2.tar.gz"
}
pack pkg errors github.com/pkg/errors v0.9.1
pack gorilla mux github.com/gorilla/mux v1.8.0
pack sirupsen logrus github.com/sirupsen/logrus v1.9.0
pack spf13 cobra github.com/spf13/cobra v1.6.1
pack google go-cmp github.com/google/go-cmp v0.5.9
ls -la "$out"/*
