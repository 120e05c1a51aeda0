#!/usr/bin/env bash
# A local Neo4j 5.26 LTS without Docker: the embedded test harness from Maven Central, started by
# Launcher.java. Needs Java 17+ and Maven. See docs/neo4j.md.
#
#   neo4j-server.sh fetch   download the server's and cypher-shell's jars into the cache (once)
#   neo4j-server.sh start   fetch if needed, start in the background, wait for Bolt, write the
#                           settings as `export NEO4J_...=...` lines to $NEO4J_ENV_FILE and print them
#   neo4j-server.sh stop    stop the background server
#   neo4j-server.sh run     start in the foreground (Ctrl-C stops it): `pnpm neo4j:dev`
#   neo4j-server.sh cypher-shell -a URI -u neo4j -p PASSWORD -f graph.cypher
#                           the official cypher-shell (fetched on first use)
#
# Settings (environment): TALKGRAPH_NEO4J_CACHE (default <repo>/.cache/neo4j), NEO4J_PORT (default 0 =
# a free port), NEO4J_PASSWORD (default talkgraph-test), NEO4J_HEAP (default 2g),
# NEO4J_ENV_FILE (default $TALKGRAPH_NEO4J_CACHE/env.sh).
set -euo pipefail

TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$TOOLS_DIR/../../.." && pwd)"
CACHE="${TALKGRAPH_NEO4J_CACHE:-$REPO_ROOT/.cache/neo4j}"
PORT="${NEO4J_PORT:-0}"
PASSWORD="${NEO4J_PASSWORD:-talkgraph-test}"
HEAP="${NEO4J_HEAP:-2g}"
SERVER_ENV="$CACHE/env.sh" # the running background server's settings
ENV_FILE="${NEO4J_ENV_FILE:-$SERVER_ENV}"
PID_FILE="$CACHE/server.pid"
# The background server (start/stop) and a foreground one (run) can coexist: separate files.
NAME="$([[ "${1:-}" == run ]] && echo dev-server || echo server)"
LOG_FILE="$CACHE/$NAME.log"
URI_FILE="$CACHE/$NAME.uri"
STORE="$CACHE/$NAME-store" # the server's throwaway database, removed when it stops (even after kill -9)
VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$TOOLS_DIR/pom.xml")"

# The module flags Neo4j's launcher script passes (Netty and the page cache use JDK internals).
JVM_FLAGS=(
  "-Xms256m" "-Xmx$HEAP" "-XX:+UseParallelGC"
  "--add-opens=java.base/java.nio=ALL-UNNAMED"
  "--add-opens=java.base/java.io=ALL-UNNAMED"
  "--add-opens=java.base/java.lang=ALL-UNNAMED"
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
  "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"
  "-Dio.netty.tryReflectionSetAccessible=true"
  "-Dlog4j2.disable.jmx=true"
)

fail() { echo "talkgraph-neo4j: $*" >&2; exit 1; }

copy_jars() { # copy_jars <maven profile> <folder>: the profile's jars, from Maven Central, once
  local profile="$1" folder="$2"
  [[ -f "$folder/.fetched-$VERSION" ]] && return 0
  command -v java >/dev/null || fail "java not found; install a JDK 17 or later (apt-get install openjdk-17-jdk-headless)"
  command -v mvn >/dev/null || fail "mvn not found; install Maven (apt-get install maven)"
  echo "talkgraph-neo4j: fetching Neo4j $VERSION ($profile) from Maven Central into $folder ..." >&2
  rm -rf "$folder"
  mvn -B -q -Dstyle.color=never -f "$TOOLS_DIR/pom.xml" -P "$profile" -Dmaven.repo.local="$CACHE/m2" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$folder" >"$CACHE/maven.log" 2>&1 \
    || { tail -n 20 "$CACHE/maven.log" >&2; fail "fetching Neo4j with Maven failed (is Maven Central reachable?), log: $CACHE/maven.log"; }
  touch "$folder/.fetched-$VERSION"
}

# cypher-shell is fetched with the server, so tests never download in the middle of a run.
fetch() {
  copy_jars server "$CACHE/lib"
  copy_jars cypher-shell "$CACHE/cypher-shell"
}

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  # A stale pid file may name a process that reused the pid: check it is our launcher.
  ps -p "$pid" -o args= 2>/dev/null | grep -q Launcher.java && echo "$pid"
}

launch() { # starts java in the background (a child of this shell, so `wait` works); sets SERVER_PID
  : >"$URI_FILE"
  java "${JVM_FLAGS[@]}" -cp "$CACHE/lib/*" "$TOOLS_DIR/Launcher.java" \
    --port "$PORT" --password "$PASSWORD" --store "$STORE" >"$URI_FILE" 2>"$LOG_FILE" &
  SERVER_PID=$!
}

wait_for_bolt() { # wait_for_bolt <pid>: prints the bolt URI once the server accepts connections
  local pid="$1" uri=""
  for _ in $(seq 1 600); do
    uri="$(head -n 1 "$URI_FILE")"
    [[ -n "$uri" ]] && break
    kill -0 "$pid" 2>/dev/null || {
      local reason; reason="$(grep -m 1 'talkgraph-neo4j launcher:' "$LOG_FILE" | sed 's/^talkgraph-neo4j launcher: //')"
      rm -rf "$STORE"
      fail "the server exited during startup: ${reason:-see the log} (log: $LOG_FILE)"
    }
    sleep 0.2
  done
  [[ -n "$uri" ]] || { kill "$pid" 2>/dev/null; fail "the server did not start within 120 s (log: $LOG_FILE)"; }
  local port="${uri##*:}"
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "Bolt is not reachable at $uri (log: $LOG_FILE)"
  echo "$uri"
}

settings() { # settings <uri>: shell-quoted, so a password with spaces or `$` reads back as it is
  printf 'export NEO4J_URI=%q\nexport NEO4J_USER=neo4j\nexport NEO4J_PASSWORD=%q\nexport NEO4J_DATABASE=neo4j\n' "$1" "$PASSWORD"
}

start() {
  local pid uri
  if pid="$(running_pid)" && [[ -s "$SERVER_ENV" ]]; then
    echo "talkgraph-neo4j: already running (pid $pid)" >&2
  else
    fetch
    launch
    echo "$SERVER_PID" >"$PID_FILE"
    uri="$(wait_for_bolt "$SERVER_PID")"
    settings "$uri" >"$SERVER_ENV"
  fi
  if [[ "$ENV_FILE" != "$SERVER_ENV" ]]; then
    mkdir -p "$(dirname "$ENV_FILE")"
    cp "$SERVER_ENV" "$ENV_FILE"
  fi
  cat "$SERVER_ENV"
}

stop() {
  local pid
  if pid="$(running_pid)"; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "talkgraph-neo4j: stopped (pid $pid)" >&2
  else
    echo "talkgraph-neo4j: not running" >&2
  fi
  rm -rf "$STORE"
  rm -f "$PID_FILE" "$SERVER_ENV" "$ENV_FILE"
}

run() {
  fetch
  local uri
  launch
  # Background jobs of a script ignore SIGINT, so Ctrl-C reaches the server through this trap.
  trap 'kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; rm -rf "$STORE"; exit 0' INT TERM
  uri="$(wait_for_bolt "$SERVER_PID")"
  echo "talkgraph-neo4j: Neo4j $VERSION is up; paste these settings into your shell (Ctrl-C stops the server, its data is discarded):" >&2
  settings "$uri"
  wait "$SERVER_PID" || true
  rm -rf "$STORE"
}

cypher_shell() { # the official cypher-shell, for servers without one at hand (-a/-u/-p/-f as usual)
  copy_jars cypher-shell "$CACHE/cypher-shell"
  exec java -cp "$CACHE/cypher-shell/*" org.neo4j.shell.Main "$@"
}

mkdir -p "$CACHE"
case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  run) run ;;
  cypher-shell) shift; cypher_shell "$@" ;;
  *) echo "usage: neo4j-server.sh fetch|start|stop|run|cypher-shell [cypher-shell arguments]" >&2; exit 2 ;;
esac
