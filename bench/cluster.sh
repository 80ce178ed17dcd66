#!/usr/bin/env bash
# Cluster benchmark, on this one machine: etcd, two PostgreSQL 15 nodes under Patroni (a primary and a synchronous
# standby), two xaso nodes (java -jar, the multi-host database URL, a shared file folder), and 50 clients through both
# (vn.xaso.bench.ClusterBenchmark): one app node, two app nodes, kill -9 of app node 2, kill -9 of the PostgreSQL
# primary with its Patroni (its machine dies), the dead node rejoining, a planned switchover. Prints acknowledged vs
# present writes, duplicate or skipped codes and numbers, the longest time without writes, errors by kind.
# Writes bench/results/<date>-cluster.md. Needs root (installs patroni and etcd from Debian, runs PostgreSQL as postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v patroni >/dev/null || ! command -v etcd >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq patroni etcd-server etcd-client postgresql-15 >/dev/null
fi
PGBIN=/usr/lib/postgresql/15/bin
PASSWORD=cluster-bench-password
work=$(mktemp -d /tmp/xaso-cluster.XXXXXX)
chown postgres: "$work"
chmod 755 "$work"
mkdir -p "$work/shared"
echo "Working in $work"

# every process this script starts is ended by the id it got at its start (written to $work/*.pid), never by a name
started=()
stop_all() {
    for pid in "${started[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    for n in 1 2; do
        [ -f "$work/patroni$n.pid" ] && kill -9 "$(cat "$work/patroni$n.pid")" 2>/dev/null || true
        [ -f "$work/pg$n/postmaster.pid" ] && kill -9 "$(head -1 "$work/pg$n/postmaster.pid")" 2>/dev/null || true
    done
}
trap stop_all EXIT

wait_for() { # url, seconds
    for _ in $(seq 1 "$2"); do
        curl -fs -o /dev/null "$1" && return 0
        sleep 1
    done
    echo "Timed out waiting for $1" >&2
    return 1
}

mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
mvn -q -B test-compile
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')

# etcd: the store Patroni keeps the leader lock in
etcd --name xaso-bench --data-dir "$work/etcd" --listen-client-urls http://127.0.0.1:23790 \
    --advertise-client-urls http://127.0.0.1:23790 --listen-peer-urls http://127.0.0.1:23800 \
    --initial-advertise-peer-urls http://127.0.0.1:23800 --initial-cluster xaso-bench=http://127.0.0.1:23800 \
    >"$work/etcd.log" 2>&1 &
started+=($!)
wait_for http://127.0.0.1:23790/health 30

patroni_config() { # n
    cat <<EOF
scope: xaso-bench
namespace: /xaso/
name: pg$1
restapi:
  listen: 127.0.0.1:801$1
  connect_address: 127.0.0.1:801$1
etcd3:
  hosts: 127.0.0.1:23790
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    postgresql:
      use_pg_rewind: true
      parameters:
        max_connections: 200
        shared_buffers: 256MB
        wal_log_hints: "on"
        timezone: Asia/Ho_Chi_Minh
  initdb:
    - encoding: UTF8
    - data-checksums
postgresql:
  listen: 127.0.0.1:544$1
  connect_address: 127.0.0.1:544$1
  data_dir: $work/pg$1
  bin_dir: $PGBIN
  pgpass: $work/pgpass$1
  parameters:
    unix_socket_directories: '$work'
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
  authentication:
    superuser: {username: postgres, password: $PASSWORD}
    replication: {username: replicator, password: $PASSWORD}
    rewind: {username: rewinder, password: $PASSWORD}
EOF
}

start_patroni() { # n
    patroni_config "$1" >"$work/pg$1.yml"
    chown postgres: "$work/pg$1.yml"
    # the shell writes its own id, then becomes Patroni: the id is Patroni's
    setsid runuser -u postgres -- sh -c 'echo $$ >"$0"; exec patroni "$1"' "$work/patroni$1.pid" "$work/pg$1.yml" \
        >>"$work/patroni$1.log" 2>&1 &
}

primary() { # which node leads now: 1 or 2
    for n in 1 2; do
        curl -fs -o /dev/null "http://127.0.0.1:801$n/primary" && { echo "$n"; return; }
    done
    echo 0
}

start_patroni 1
wait_for http://127.0.0.1:8011/primary 90
start_patroni 2
wait_for http://127.0.0.1:8012/sync 120
PGPASSWORD=$PASSWORD psql -q -h 127.0.0.1 -p 5441 -U postgres -c "create database xaso" postgres

# the driver remembers which host was a standby for hostRecheckSeconds (10 by default): a failover must not wait for that
url="jdbc:postgresql://127.0.0.1:5441,127.0.0.1:5442/xaso?targetServerType=primary&hostRecheckSeconds=1&connectTimeout=3&socketTimeout=60"
start_node() { # n
    java -Xmx1g -jar target/xaso.jar --spring.profiles.active=demo --server.port=1808"$1" \
        --spring.datasource.url="$url" --spring.datasource.username=postgres --spring.datasource.password=$PASSWORD \
        --spring.datasource.hikari.connection-timeout=5000 \
        --xaso.files.directory="$work/shared/files" --xaso.signing.directory="$work/shared/signing" \
        --xaso.integration.simulator.port=1809"$1" --xaso.integration.simulator.mail-port=1810"$1" --logging.file.name="$work/node$1.log" >"$work/node$1.out" 2>&1 &
    echo $!
}
node1=$(start_node 1)
started+=("$node1")
wait_for http://127.0.0.1:18081/actuator/health/readiness 240
node2=$(start_node 2)
started+=("$node2")
wait_for http://127.0.0.1:18082/actuator/health/readiness 240

# the primary's machine dies: its Patroni and its PostgreSQL, at once
kill_primary="p=\$(curl -fs -o /dev/null http://127.0.0.1:8011/primary && echo 1 || echo 2); echo \$p > $work/killed; \
kill -9 \$(cat $work/patroni\$p.pid); pm=\$(head -1 $work/pg\$p/postmaster.pid); pkill -9 -P \$pm; kill -9 \$pm"
# the dead node comes back (pg_rewind) and is a synchronous standby again before the switchover
rejoin="n=\$(cat $work/killed); chown -R postgres: $work/pg\$n; \
setsid runuser -u postgres -- sh -c 'echo \$\$ >\"\$0\"; exec patroni \"\$1\"' $work/patroni\$n.pid $work/pg\$n.yml >>$work/patroni\$n.log 2>&1 & \
for i in \$(seq 1 120); do curl -fs -o /dev/null http://127.0.0.1:801\$n/sync && exit 0; sleep 1; done; echo 'not in sync' >&2"
# as an operator does it: a checkpoint first, so that the old primary's shutdown checkpoint has little left to write
switchover="p=\$(curl -fs -o /dev/null http://127.0.0.1:8011/primary && echo 1 || echo 2); c=\$((3 - p)); \
PGPASSWORD=$PASSWORD psql -q -h 127.0.0.1 -p 544\$p -U postgres -c checkpoint postgres; \
curl -fs -XPOST http://127.0.0.1:801\$p/switchover -d '{\"leader\": \"pg'\$p'\", \"candidate\": \"pg'\$c'\"}'; echo"

java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" vn.xaso.bench.ClusterBenchmark \
    nodes=http://127.0.0.1:18081,http://127.0.0.1:18082 db="$url" dbUser=postgres dbPassword=$PASSWORD index="$index" \
    killNode="kill -9 $node2" killPrimary="$kill_primary" rejoin="$rejoin" switchover="$switchover" \
    out="bench/results/$(date +%F)-cluster.md"
# what one primary (with its synchronous standby) commits on this machine: pgbench's simple-update load
PGPASSWORD=$PASSWORD psql -q -h 127.0.0.1 -p 5441 -U postgres -c "create database pgbench" postgres 2>/dev/null \
    || PGPASSWORD=$PASSWORD psql -q -h 127.0.0.1 -p 5442 -U postgres -c "create database pgbench" postgres
primary_port=$(curl -fs -o /dev/null http://127.0.0.1:8011/primary && echo 5441 || echo 5442)
PGPASSWORD=$PASSWORD pgbench -q -i -s 10 -h 127.0.0.1 -p "$primary_port" -U postgres pgbench >/dev/null 2>&1
tps=$(PGPASSWORD=$PASSWORD pgbench -N -c 20 -j 2 -T 20 -h 127.0.0.1 -p "$primary_port" -U postgres pgbench 2>/dev/null \
    | grep -E '^tps' | sed -E 's/^tps = ([0-9.]+).*/\1/')
printf '\nThe primary alone, same machine, after the run: pgbench simple-update (-N, 20 clients, 20 s, synchronous standby): %s transactions/s.\n' \
    "$tps" | tee -a "bench/results/$(date +%F)-cluster.md"
echo "Logs in $work (removed with the next reboot)"
