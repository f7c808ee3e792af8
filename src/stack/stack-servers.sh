# The four servers of the local stack, sourced by stack.sh (which sets STACK, STATE, REG, LIB, the ports,
# DOMAIN, TEST_DOMAIN and MODE). "ours" checks look at this clone's own process, not just a port, so
# `status` and `down` never report or stop another clone's server.

pg_ours() { [ -s "$STATE/pg/PG_VERSION" ] && as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg" status >/dev/null 2>&1; }
redis_ours() { pid_alive "$STATE/run/redis.pid"; }
dovecot_ours() { pid_alive "$STATE/dovecot/run/master.pid"; }
# From /: the postgres user may not enter the clone's folder (a mode-700 home).
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
pg_sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U codedesk -d postgres -tAqc "$1"; }
redis_cli() { redis-cli -p "$REDIS_PORT" "$@"; }

refuse_foreign_port() {
  port_open "$1" || return 0
  log "port $1 ($2) is taken by a program that is not this clone's $2: free it or set $3"
  exit 1
}

# fsync, full_page_writes and synchronous_commit are reloadable: the mode is applied with ALTER SYSTEM and
# a reload, so `up --fast` and `up` switch a running server without a restart.
pg_apply_mode() {
  local on=on
  [ "$MODE" = fast ] && on=off
  [ "$(pg_sql 'show fsync')" = "$on" ] && [ "$(pg_sql 'show synchronous_commit')" = "$on" ] && return 0
  pg_sql "alter system set fsync = $on" && pg_sql "alter system set full_page_writes = $on"
  pg_sql "alter system set synchronous_commit = $on" && pg_sql 'select pg_reload_conf()' >/dev/null
  sleep 0.2
  # Pages written while fsync was off may still sit in the OS cache: PostgreSQL's docs ask for a flush.
  [ "$on" = on ] && pg_sql checkpoint && sync
  log "postgres: fsync, full_page_writes and synchronous_commit $on"
}

pg_mode() {
  pg_ours || return 0
  echo "fsync $(pg_sql 'show fsync'), full_page_writes $(pg_sql 'show full_page_writes'), synchronous_commit $(pg_sql 'show synchronous_commit')"
}

up_postgres() {
  if [ ! -s "$STATE/pg/PG_VERSION" ]; then
    mkdir -p "$STATE/pg" && chown postgres:postgres "$STATE/pg" && chmod 700 "$STATE/pg"
    as_postgres "$PG_BIN/initdb" -D "$STATE/pg" -A trust -U codedesk -E UTF8 >/dev/null
  fi
  if ! pg_ours; then
    refuse_foreign_port "$PG_PORT" postgres STACK_PG_PORT
    chown postgres:postgres "$STATE/run"
    touch "$STATE/log/pg.log" && chown postgres:postgres "$STATE/log/pg.log"
    as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/log/pg.log" -w start \
      -o "-p $PG_PORT -k $STATE/run -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_wal_size=4GB" >/dev/null
    started postgres
  fi
  pg_apply_mode
  for db in codedesk codedesk_test; do
    pg_sql "select 1 from pg_database where datname='$db'" | grep -q 1 || pg_sql "create database $db"
  done
}

redis_mode() {
  redis_ours || return 0
  echo "appendonly $(redis_cli config get appendonly | tail -n 1), appendfsync $(redis_cli config get appendfsync | tail -n 1)"
}

up_redis() {
  local aof=yes
  [ "$MODE" = fast ] && aof=no
  if redis_ours; then
    redis_cli config set appendfsync everysec >/dev/null
    [ "$(redis_cli config get appendonly | tail -n 1)" = "$aof" ] && return 0
    redis_cli config set appendonly "$aof" >/dev/null
    log "redis: append-only file $aof"
    return 0
  fi
  refuse_foreign_port "$REDIS_PORT" redis STACK_REDIS_PORT
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$STATE/redis" --appendonly "$aof" \
    --appendfsync everysec --daemonize yes --pidfile "$STATE/run/redis.pid" --logfile "$STATE/log/redis.log" \
    --maxmemory-policy noeviction </dev/null >/dev/null
  wait_port "$REDIS_PORT"
  started redis
}

up_dovecot() {
  id vmail >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin vmail
  local users="$STATE/dovecot/users"
  {
    echo "consult@$DOMAIN:{PLAIN}$(secret consult)"
    echo "asker@$DOMAIN:{PLAIN}$(secret asker)"
    echo "asker2@$DOMAIN:{PLAIN}$(secret asker2)"
  } >"$users"
  chmod 640 "$users" && chown root:dovecot "$users"
  mkdir -p "$STATE/mail" && chown vmail:vmail "$STATE/mail" && chmod 700 "$STATE/mail"
  chmod 755 "$STATE" "$STATE/dovecot"
  sed -e "s#@DIR@#$STATE/dovecot#g" -e "s#@MAIL@#$STATE/mail#g" -e "s#@IMAP_PORT@#$IMAP_PORT#g" \
    -e "s#@LMTP_PORT@#$LMTP_PORT#g" -e "s#@DOMAIN@#$DOMAIN#g" -e "s#@TEST_DOMAIN@#$TEST_DOMAIN#g" \
    -e "s#@OAUTH_PORT@#$OAUTH_PORT#g" -e "s#@TEST_PASSWORD@#$(secret testboxes)#g" \
    "$HERE/dovecot.conf" >"$STATE/dovecot/dovecot.conf"
  sed -e "s#@OAUTH_PORT@#$OAUTH_PORT#g" "$HERE/dovecot-oauth2.conf.ext" >"$STATE/dovecot/oauth2.conf.ext"
  if dovecot_ours; then
    doveadm -c "$STATE/dovecot/dovecot.conf" reload 2>/dev/null || true
    return 0
  fi
  refuse_foreign_port "$IMAP_PORT" dovecot STACK_IMAP_PORT
  refuse_foreign_port "$LMTP_PORT" dovecot STACK_LMTP_PORT
  mkdir -p "$STATE/dovecot/run"
  # Daemons keep no hold on our output (a caller piping `up` would wait for ever): they log to files.
  dovecot -c "$STATE/dovecot/dovecot.conf" </dev/null >/dev/null
  wait_port "$IMAP_PORT" && wait_port "$LMTP_PORT"
  started dovecot
}

# Every clone's domains go to that clone's LMTP, through one transport table rebuilt from the registry.
# example.test stays a mailbox domain for clones set up before the table (their virtual_transport).
route_mail() {
  local table=$LIB/postfix-transport domains="example.test, box.example.test" f line
  mkdir -p "$LIB"
  : >"$table.new"
  for f in "$LIB"/stacks/*/ports; do
    [ -f "$f" ] || continue
    line=$(. "$f"; echo "$DOMAIN $LMTP_PORT")
    set -- $line
    printf '%s lmtp:inet:127.0.0.1:%s\nbox.%s lmtp:inet:127.0.0.1:%s\n' "$1" "$2" "$1" "$2" >>"$table.new"
    case ", $domains," in *", $1,"*) ;; *) domains="$domains, $1, box.$1" ;; esac
  done
  mv "$table.new" "$table" && chmod 644 "$table"
  postconf -e "myhostname = mx.example.test" "mydestination =" "inet_interfaces = 127.0.0.1" \
    "inet_protocols = ipv4" "mynetworks = 127.0.0.0/8" "virtual_mailbox_domains = $domains" \
    "transport_maps = texthash:$table" "maillog_file = /var/log/postfix.log" \
    "message_size_limit = 52428800" "smtpd_relay_restrictions = permit_mynetworks, reject" \
    "relayhost =" "default_transport = error:outside mail is disabled in the local stack"
  if postfix status >/dev/null 2>&1; then postfix reload >/dev/null 2>&1; fi
}

postfix_routes_us() {
  postfix status >/dev/null 2>&1 || return 1
  grep -qx "$DOMAIN lmtp:inet:127.0.0.1:$LMTP_PORT" "$LIB/postfix-transport" 2>/dev/null ||
    { [ "$DOMAIN" = example.test ] && [ "$(postconf -h virtual_transport)" = "lmtp:inet:127.0.0.1:$LMTP_PORT" ]; }
}

up_postfix() {
  route_mail
  if ! postfix status >/dev/null 2>&1; then
    postfix start >/dev/null 2>&1
    started postfix
  fi
  wait_port "$SMTP_PORT"
}

# Another clone's Dovecot still takes mail through the shared Postfix.
other_clones_up() {
  local f
  for f in "$LIB"/stacks/*/ports; do
    [ -f "$f" ] && [ "$f" != "$REG/ports" ] && port_open "$(. "$f"; echo "$LMTP_PORT")" && return 0
  done
  local legacy; legacy=$(postconf -h virtual_transport | sed -n 's#^lmtp:inet:127.0.0.1:##p')
  [ -n "$legacy" ] && [ "$legacy" != "$LMTP_PORT" ] && port_open "$legacy"
}

status_line() {
  local name=$1 port=$2 check=$3 detail=$4
  if $check && port_open "$port"; then
    echo "$name up (127.0.0.1:$port${detail:+; $detail})"
  else
    echo "$name down"; return 1
  fi
}
