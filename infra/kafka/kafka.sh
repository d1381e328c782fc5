#!/usr/bin/env bash
# Fetch and run a single-node Apache Kafka broker (KRaft) for development and tests.
#
#   kafka.sh fetch                 resolve the broker jars from Maven Central into target/libs (idempotent; a rerun
#                                  with the jars in place, or in the local Maven repository, needs no network)
#   kafka.sh start [--keep-data]   format a fresh data dir (unless --keep-data), start in the background, write the
#                                  PID file, wait until a metadata request succeeds; non-zero with the log tail if not
#   kafka.sh stop                  stop the broker by its PID (TERM, then KILL after a timeout) and wait for it to exit
#   kafka.sh restart               stop, then start keeping the data dir (for durability tests)
#   kafka.sh status                exit 0 and print the PID if running, exit 3 if not
#
# Environment: KAFKA_RUN_DIR (default infra/kafka/run), KAFKA_START_TIMEOUT (s, default 90),
# KAFKA_STOP_TIMEOUT (s, default 30), KAFKA_HEAP_OPTS (default -Xmx512m -Xms512m).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"
libs_dir="$here/target/libs"
run_dir="${KAFKA_RUN_DIR:-$here/run}"
data_dir="$run_dir/data"
pid_file="$run_dir/kafka.pid"
config_file="$run_dir/server.properties"
server_log="$run_dir/server.log"
console_log="$run_dir/kafka.out"
bootstrap="127.0.0.1:9092"
start_timeout="${KAFKA_START_TIMEOUT:-90}"
stop_timeout="${KAFKA_STOP_TIMEOUT:-30}"
heap_opts="${KAFKA_HEAP_OPTS:--Xmx512m -Xms512m}"

log() { echo "kafka.sh: $*" >&2; }

pom_stamp() { sha256sum "$here/pom.xml" | cut -d' ' -f1; }

fetch() {
  local stamp="$libs_dir/.pom.sha256"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$(pom_stamp)" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || { log "Maven (mvn) is required to fetch the broker"; return 1; }
  rm -rf "$libs_dir"
  # Offline first: once the local Maven repository holds the artifacts no network is needed.
  if ! mvn -q -B -o -f "$here/pom.xml" dependency:copy-dependencies >/dev/null 2>&1; then
    log "resolving Kafka from Maven Central"
    mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies
  fi
  pom_stamp >"$stamp"
  log "broker classpath ready in ${libs_dir#"$repo_root"/}"
}

java_cmd() {
  java -cp "$libs_dir/*" "$@"
}

read_pid() {
  [[ -f "$pid_file" ]] && cat "$pid_file" || true
}

# True if PID is alive and is our broker (guards against a recycled PID).
is_broker_pid() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "kafka.Kafka"
}

running_pid() {
  local pid
  pid="$(read_pid)"
  if is_broker_pid "$pid"; then echo "$pid"; fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

write_config() {
  mkdir -p "$run_dir"
  {
    cat "$here/server.properties"
    echo
    echo "log.dirs=$data_dir"
  } >"$config_file"
}

format_storage() {
  rm -rf "$data_dir"
  local cluster_id
  cluster_id="$(java_cmd kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)"
  java_cmd -Dlog4j.configuration="file:$here/log4j.properties" -Dkafka.logs.dir="$run_dir" \
    kafka.tools.StorageTool format -t "$cluster_id" -c "$config_file" >>"$console_log" 2>&1 ||
    { log "formatting $data_dir failed"; tail -n 20 "$console_log" >&2; return 1; }
}

# One metadata round trip through a real client.
metadata_ok() {
  if (cd "$repo_root" && node -e "require.resolve('kafkajs')" >/dev/null 2>&1); then
    (cd "$repo_root" && node - "$bootstrap" >/dev/null 2>&1) <<'JS'
const { Kafka, logLevel } = require('kafkajs');
const kafka = new Kafka({ brokers: [process.argv[2]], logLevel: logLevel.NOTHING, connectionTimeout: 2000,
  requestTimeout: 5000, retry: { retries: 0 } });
const admin = kafka.admin();
admin.connect().then(() => admin.describeCluster()).then((c) => admin.disconnect().then(() => process.exit(c.brokers.length > 0 ? 0 : 1)))
  .catch(() => process.exit(1));
JS
  else
    timeout 20 java -cp "$libs_dir/*" -Dlog4j.configuration="file:$here/log4j.properties" -Dkafka.logs.dir="$run_dir" \
      kafka.admin.BrokerApiVersionsCommand --bootstrap-server "$bootstrap" >/dev/null 2>&1
  fi
}

fail_start() {
  log "$1"
  for f in "$server_log" "$console_log"; do
    if [[ -s "$f" ]]; then
      echo "--- tail of ${f#"$repo_root"/}" >&2
      tail -n 30 "$f" >&2
    fi
  done
  return 1
}

start() {
  local keep_data=false
  [[ "${1:-}" == "--keep-data" ]] && keep_data=true

  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    log "already running (PID $pid)"
    return 0
  fi
  if port_in_use 9092 || port_in_use 9093; then
    log "port 9092 or 9093 on 127.0.0.1 is taken by another process; not starting"
    return 1
  fi

  fetch
  mkdir -p "$run_dir"
  : >"$console_log"
  write_config
  if [[ "$keep_data" == false || ! -f "$data_dir/meta.properties" ]]; then
    format_storage
  fi
  : >"$server_log"

  # setsid: the broker must outlive this script and the shell that ran it.
  # shellcheck disable=SC2086
  setsid java $heap_opts -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$here/log4j.properties" -Dkafka.logs.dir="$run_dir" \
    -cp "$libs_dir/*" kafka.Kafka "$config_file" >>"$console_log" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$pid_file"

  local deadline=$((SECONDS + start_timeout))
  until grep -q "Kafka Server started" "$server_log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      fail_start "broker exited during start-up"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      stop_pid "$pid"
      fail_start "broker did not start within ${start_timeout}s"
      return 1
    fi
    sleep 0.5
  done
  until metadata_ok; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$pid_file"
      fail_start "broker exited before answering a metadata request"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      stop_pid "$pid"
      fail_start "broker did not answer a metadata request within ${start_timeout}s"
      return 1
    fi
    sleep 0.5
  done
  log "ready on $bootstrap (PID $pid, data in ${data_dir#"$repo_root"/})"
}

stop_pid() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + stop_timeout))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      log "PID $pid did not exit within ${stop_timeout}s; sending KILL"
      kill -KILL "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
      break
    fi
    sleep 0.2
  done
  rm -f "$pid_file"
}

stop() {
  local pid
  pid="$(running_pid)"
  if [[ -z "$pid" ]]; then
    rm -f "$pid_file"
    log "not running"
    return 0
  fi
  stop_pid "$pid"
  log "stopped (PID $pid)"
}

status() {
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    echo "running (PID $pid) on $bootstrap"
    return 0
  fi
  echo "not running"
  return 3
}

case "${1:-}" in
  fetch) fetch ;;
  start) shift; start "$@" ;;
  stop) stop ;;
  restart) stop; start --keep-data ;;
  status) status ;;
  *)
    echo "usage: $0 fetch|start [--keep-data]|stop|restart|status" >&2
    exit 2
    ;;
esac
