#!/usr/bin/env bash
# Gephi's own importers, headless (the Gephi toolkit from Maven Central), to check that Gephi reads
# talkgraph's GEXF and GraphML whole. Needs Java 17+ and Maven.
#
#   gephi.sh fetch            download the toolkit's jars and compile GephiImport.java (once)
#   gephi.sh import FILE...   import each file as Gephi's File > Open does; one JSON summary a line
#
# Settings (environment): TALKGRAPH_GEPHI_CACHE (default <repo>/.cache/gephi).
set -euo pipefail

TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$TOOLS_DIR/../../../.." && pwd)"
CACHE="${TALKGRAPH_GEPHI_CACHE:-$REPO_ROOT/.cache/gephi}"
VERSION="$(sed -n 's:.*<gephi.version>\(.*\)</gephi.version>.*:\1:p' "$TOOLS_DIR/pom.xml")"
# The compiled harness is kept per version of its source, so an edit recompiles it.
STAMP="$VERSION-$(sha1sum "$TOOLS_DIR/GephiImport.java" | cut -c1-12)"

fail() { echo "talkgraph-gephi: $*" >&2; exit 1; }

fetch() {
  [[ -f "$CACHE/.ready-$STAMP" ]] && return 0
  command -v javac >/dev/null || fail "javac not found; install a JDK 17 or later (apt-get install openjdk-17-jdk-headless)"
  if [[ ! -f "$CACHE/lib/.fetched-$VERSION" ]]; then
    command -v mvn >/dev/null || fail "mvn not found; install Maven (apt-get install maven)"
    echo "talkgraph-gephi: fetching the Gephi toolkit $VERSION from Maven Central into $CACHE ..." >&2
    mkdir -p "$CACHE"
    rm -rf "$CACHE/lib"
    mvn -B -q -Dstyle.color=never -f "$TOOLS_DIR/pom.xml" -Dmaven.repo.local="$CACHE/m2" \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$CACHE/lib" >"$CACHE/maven.log" 2>&1 \
      || { tail -n 20 "$CACHE/maven.log" >&2; fail "fetching the Gephi toolkit with Maven failed, log: $CACHE/maven.log"; }
    touch "$CACHE/lib/.fetched-$VERSION"
  fi
  rm -rf "$CACHE/classes" "$CACHE"/.ready-*
  javac -nowarn -d "$CACHE/classes" -cp "$CACHE/lib/*" "$TOOLS_DIR/GephiImport.java"
  touch "$CACHE/.ready-$STAMP"
}

case "${1:-}" in
  fetch) fetch ;;
  import)
    shift
    fetch
    # Gephi logs each import on stderr at INFO: only warnings and errors are worth showing.
    java -Djava.awt.headless=true -Djava.util.logging.config.file=/dev/null \
      -cp "$CACHE/classes:$CACHE/lib/*" GephiImport "$@" 2> >(grep -v -e '^INFO:' -e '^[A-Z][a-z][a-z] [0-9][0-9], ' >&2)
    ;;
  *) fail "usage: gephi.sh fetch | import FILE..." ;;
esac
