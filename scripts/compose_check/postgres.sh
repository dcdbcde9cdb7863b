#!/bin/sh
# PostgreSQL from Debian's packages, started the way the official image starts it: a cluster in
# the volume on first start, the role and database from POSTGRES_USER / POSTGRES_PASSWORD /
# POSTGRES_DB, password authentication for the other containers. Used only by the compose check,
# where no registry is reachable (scripts/compose_check.py).
set -eu
PGDATA=/var/lib/postgresql/data
BIN=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
mkdir -p "$PGDATA" /run/postgresql
chown -R postgres:postgres /var/lib/postgresql /run/postgresql
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    echo "$POSTGRES_PASSWORD" > /tmp/pwfile
    chown postgres /tmp/pwfile
    su postgres -s /bin/sh -c "$BIN/initdb -D $PGDATA -U $POSTGRES_USER --pwfile=/tmp/pwfile --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8"
    rm -f /tmp/pwfile
    echo "host all all 0.0.0.0/0 scram-sha-256" >> "$PGDATA/pg_hba.conf"
    su postgres -s /bin/sh -c "$BIN/pg_ctl -D $PGDATA -o '-c listen_addresses=' -w start"
    su postgres -s /bin/sh -c "$BIN/psql -U $POSTGRES_USER -d postgres -c 'CREATE DATABASE \"$POSTGRES_DB\" OWNER \"$POSTGRES_USER\"'"
    su postgres -s /bin/sh -c "$BIN/pg_ctl -D $PGDATA -m fast -w stop"
fi
exec setpriv --reuid=postgres --regid=postgres --init-groups "$BIN/postgres" -D "$PGDATA" -c listen_addresses='*'
