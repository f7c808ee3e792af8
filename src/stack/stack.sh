#!/usr/bin/env bash
# The local stack: PostgreSQL, Redis, Dovecot (IMAP + LMTP) and Postfix on loopback, state under .stack/.
#   stack.sh up [--with-browser]   install what is missing, start what is not running, write .stack/env
#   stack.sh down                  stop only what `up` started
#   stack.sh status                one line per component
# Idempotent: `up` twice is harmless. Runs as root (as CI and the dev machines do).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STACK=${CODEDESK_STACK_DIR:-$ROOT/.stack}
HERE=$ROOT/src/stack
PG_PORT=${STACK_PG_PORT:-15432}
REDIS_PORT=${STACK_REDIS_PORT:-16379}
IMAP_PORT=${STACK_IMAP_PORT:-10143}
LMTP_PORT=${STACK_LMTP_PORT:-10024}
SMTP_PORT=25
DOMAIN=example.test
TEST_DOMAIN=box.example.test
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

log() { printf '[stack] %s\n' "$*" >&2; }
started() { grep -qx "$1" "$STACK/started" 2>/dev/null || echo "$1" >>"$STACK/started"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() {
  for _ in $(seq 1 100); do port_open "$1" && return 0; sleep 0.1; done
  log "port $1 did not open"; return 1
}

install_packages() {
  local want=(postgresql redis-server dovecot-imapd dovecot-lmtpd postfix swaks)
  [ "${1:-}" = "--with-browser" ] && want+=(chromium fonts-dejavu-core)
  local missing=()
  for p in "${want[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  apt-get update -qq >/dev/null
  # Postfix asks questions on install; answer them up front (up_postfix then rewrites what matters).
  printf '%s\n' "postfix postfix/main_mailer_type select Internet Site" "postfix postfix/mailname string mx.$DOMAIN" |
    debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

secret() {
  local f="$STACK/secrets/$1"
  [ -s "$f" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$f"
  cat "$f"
}

up_postgres() {
  if [ ! -s "$STACK/pg/PG_VERSION" ]; then
    mkdir -p "$STACK/pg" && chown postgres:postgres "$STACK/pg" && chmod 700 "$STACK/pg"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$STACK/pg" -A trust -U codedesk -E UTF8 >/dev/null
  fi
  if ! port_open "$PG_PORT"; then
    chown postgres:postgres "$STACK/run"
    touch "$STACK/log/pg.log" && chown postgres:postgres "$STACK/log/pg.log"
    # fsync off: local development and CI data is disposable and rebuilt by `up`.
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STACK/pg" -l "$STACK/log/pg.log" -w start \
      -o "-p $PG_PORT -k $STACK/run -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=512MB -c maintenance_work_mem=512MB -c max_wal_size=4GB" >/dev/null
    started postgres
  fi
  for db in codedesk codedesk_test; do
    runuser -u postgres -- psql -h 127.0.0.1 -p "$PG_PORT" -U codedesk -d postgres -tAc \
      "select 1 from pg_database where datname='$db'" | grep -q 1 ||
      runuser -u postgres -- psql -h 127.0.0.1 -p "$PG_PORT" -U codedesk -d postgres -qc "create database $db"
  done
}

up_redis() {
  port_open "$REDIS_PORT" && return 0
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$STACK/redis" --appendonly yes \
    --daemonize yes --pidfile "$STACK/run/redis.pid" --logfile "$STACK/log/redis.log" --maxmemory-policy noeviction
  wait_port "$REDIS_PORT"
  started redis
}

up_dovecot() {
  id vmail >/dev/null 2>&1 || useradd -r -M -s /usr/sbin/nologin vmail
  local users="$STACK/dovecot/users"
  {
    echo "consult@$DOMAIN:{PLAIN}$(secret consult)"
    echo "asker@$DOMAIN:{PLAIN}$(secret asker)"
    echo "asker2@$DOMAIN:{PLAIN}$(secret asker2)"
  } >"$users"
  chmod 640 "$users" && chown root:dovecot "$users"
  mkdir -p "$STACK/mail" && chown vmail:vmail "$STACK/mail"
  chmod 755 "$STACK" "$STACK/dovecot"
  sed -e "s#@DIR@#$STACK/dovecot#g" -e "s#@MAIL@#$STACK/mail#g" -e "s#@IMAP_PORT@#$IMAP_PORT#g" \
    -e "s#@LMTP_PORT@#$LMTP_PORT#g" -e "s#@TEST_DOMAIN@#$TEST_DOMAIN#g" \
    -e "s#@TEST_PASSWORD@#$(secret testboxes)#g" "$HERE/dovecot.conf" >"$STACK/dovecot/dovecot.conf"
  if port_open "$IMAP_PORT"; then
    doveadm -c "$STACK/dovecot/dovecot.conf" reload 2>/dev/null || true
    return 0
  fi
  mkdir -p "$STACK/dovecot/run"
  dovecot -c "$STACK/dovecot/dovecot.conf"
  wait_port "$IMAP_PORT" && wait_port "$LMTP_PORT"
  started dovecot
}

up_postfix() {
  postconf -e "myhostname = mx.$DOMAIN" "mydestination =" "inet_interfaces = 127.0.0.1" \
    "inet_protocols = ipv4" "mynetworks = 127.0.0.0/8" "virtual_mailbox_domains = $DOMAIN, $TEST_DOMAIN" \
    "virtual_transport = lmtp:inet:127.0.0.1:$LMTP_PORT" "maillog_file = /var/log/postfix.log" \
    "message_size_limit = 52428800" "smtpd_relay_restrictions = permit_mynetworks, reject" \
    "relayhost =" "default_transport = error:outside mail is disabled in the local stack"
  if postfix status >/dev/null 2>&1; then
    postfix reload >/dev/null 2>&1
  else
    postfix start >/dev/null 2>&1
    started postfix
  fi
  wait_port "$SMTP_PORT"
}

write_env() {
  cat >"$STACK/env" <<EOF
DATABASE_URL=postgres://codedesk@127.0.0.1:$PG_PORT/codedesk
TEST_DATABASE_URL=postgres://codedesk@127.0.0.1:$PG_PORT/codedesk_test
REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/1
IMAP_HOST=127.0.0.1
IMAP_PORT=$IMAP_PORT
LMTP_PORT=$LMTP_PORT
SMTP_HOST=127.0.0.1
SMTP_PORT=$SMTP_PORT
CONSULT_ADDRESS=consult@$DOMAIN
CONSULT_PASSWORD=$(secret consult)
ASKER_ADDRESS=asker@$DOMAIN
ASKER_PASSWORD=$(secret asker)
ASKER2_ADDRESS=asker2@$DOMAIN
ASKER2_PASSWORD=$(secret asker2)
TEST_MAILBOX_DOMAIN=$TEST_DOMAIN
TEST_MAILBOX_PASSWORD=$(secret testboxes)
EOF
}

cmd_up() {
  install_packages "${1:-}"
  mkdir -p "$STACK"/{run,log,redis,dovecot,secrets}
  touch "$STACK/started"
  up_postgres
  up_redis
  up_dovecot
  up_postfix
  write_env
  log "up: postgres :$PG_PORT, redis :$REDIS_PORT, imap :$IMAP_PORT, lmtp :$LMTP_PORT, smtp :$SMTP_PORT ($STACK/env)"
}

cmd_down() {
  [ -f "$STACK/started" ] || { log "nothing was started by up"; return 0; }
  while read -r svc; do
    case $svc in
      postgres) runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STACK/pg" -m fast stop >/dev/null || true ;;
      redis) [ -f "$STACK/run/redis.pid" ] && kill "$(cat "$STACK/run/redis.pid")" 2>/dev/null || true ;;
      dovecot) doveadm -c "$STACK/dovecot/dovecot.conf" stop 2>/dev/null || true ;;
      postfix) postfix stop >/dev/null 2>&1 || true ;;
    esac
    log "stopped $svc"
  done <"$STACK/started"
  : >"$STACK/started"
}

cmd_status() {
  local rc=0
  for pair in "postgres:$PG_PORT" "redis:$REDIS_PORT" "imap:$IMAP_PORT" "lmtp:$LMTP_PORT" "smtp:$SMTP_PORT"; do
    if port_open "${pair#*:}"; then echo "${pair%%:*} up (127.0.0.1:${pair#*:})"; else echo "${pair%%:*} down"; rc=1; fi
  done
  return $rc
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *) echo "usage: stack.sh up [--with-browser] | down | status" >&2; exit 2 ;;
esac
