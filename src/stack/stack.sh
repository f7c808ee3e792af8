#!/usr/bin/env bash
# The local stack: PostgreSQL, Redis, Dovecot (IMAP + LMTP) and Postfix on loopback.
#   stack.sh up [--fast] [--with-browser]   install what is missing, start what is not running, write .stack/env
#   stack.sh down                           stop only what `up` started
#   stack.sh status                         one line per component (exit 1 when one is down)
#   stack.sh purge                          down, then delete this clone's server data and give back its ports
# Durable by default: fsync, full-page writes and synchronous commit on, Redis AOF fsynced every second.
# `--fast` (tests, CI, benchmarks) turns them off; the next `up` without it turns them on again.
#
# Where things live, so a clone works in any folder (a mode-700 home included) and clones never collide:
#   <clone>/.stack/                       root's: env (read by config.ts), secrets, the started list
#   /var/lib/codedesk/stacks/<id>/        the servers' data, sockets and logs, reachable by the postgres,
#                                         dovecot and vmail users; <id> is a hash of the .stack path
#   /var/lib/codedesk/stacks/<id>/ports   the clone's slot: ports and mail domain, kept for good
# Slot k uses PostgreSQL 15432+k, Redis 16379+k, IMAP 10143+k, LMTP 10024+k, the test token endpoint 10290+k,
# the desk 8080+k, and mail domain example.test (k = 0) or c<k>.example.test. Postfix listens on 25 once per
# machine: every clone shares it, and it routes each clone's domain to that clone's LMTP.
# Idempotent: `up` twice is harmless. Runs as root (as CI and the dev machines do).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STACK=${CODEDESK_STACK_DIR:-$ROOT/.stack}
HERE=$ROOT/src/stack
LIB=/var/lib/codedesk
SMTP_PORT=25
SLOTS=50
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)

log() { printf '[stack] %s\n' "$*" >&2; }
started() { grep -qx "$1" "$STACK/started" 2>/dev/null || echo "$1" >>"$STACK/started"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() {
  for _ in $(seq 1 100); do port_open "$1" && return 0; sleep 0.1; done
  log "port $1 did not open"; return 1
}
pid_alive() { [ -s "$1" ] && kill -0 "$(head -n 1 "$1")" 2>/dev/null; }

# --- where: this clone's registry entry and state ------------------------------------------------------
mkdir -p "$STACK"
ID=$(realpath "$STACK" | sha256sum | cut -c1-16)
REG=$LIB/stacks/$ID
# A clone set up before state moved out keeps its data where it is (its folder was readable then).
if [ -s "$STACK/pg/PG_VERSION" ]; then STATE=$STACK; else STATE=$REG; fi

slot_ports() {
  PG_PORT=$((15432 + $1)) REDIS_PORT=$((16379 + $1)) IMAP_PORT=$((10143 + $1)) LMTP_PORT=$((10024 + $1))
  OAUTH_PORT=$((10290 + $1)) WEB_PORT=$((8080 + $1))
  if [ "$1" = 0 ]; then DOMAIN=example.test; else DOMAIN=c$1.example.test; fi
}

# Ports recorded by an `up` of the old layout, so an existing clone keeps its servers.
adopt_env_file() {
  local env=$STACK/env
  [ -f "$env" ] || return 1
  local pg; pg=$(sed -n 's#^DATABASE_URL=.*:\([0-9]*\)/codedesk$#\1#p' "$env")
  [ -n "$pg" ] || return 1
  slot_ports $((pg - 15432))
  SLOT=$((pg - 15432))
  REDIS_PORT=$(sed -n 's#^REDIS_URL=.*:\([0-9]*\)/0$#\1#p' "$env")
  IMAP_PORT=$(sed -n 's#^IMAP_PORT=##p' "$env")
  LMTP_PORT=$(sed -n 's#^LMTP_PORT=##p' "$env")
  DOMAIN=$(sed -n 's#^CONSULT_ADDRESS=.*@##p' "$env")
  PG_PORT=$pg
}

slot_taken() {
  local f
  for f in "$LIB"/stacks/*/ports; do
    [ -f "$f" ] && [ "$f" != "$REG/ports" ] && grep -qx "SLOT=$1" "$f" && return 0
  done
  slot_ports "$1"
  for p in $PG_PORT $REDIS_PORT $IMAP_PORT $LMTP_PORT $OAUTH_PORT; do port_open "$p" && return 0; done
  return 1
}

choose_slot() {
  for k in $(seq 0 $((SLOTS - 1))); do
    slot_taken "$k" || { SLOT=$k; slot_ports "$k"; return 0; }
  done
  log "no free slot of ports among $SLOTS: purge a clone you no longer use"; exit 1
}

# Sets SLOT, the ports and DOMAIN; `up` records them, `down` and `status` only read them.
load_ports() {
  if [ -f "$REG/ports" ]; then
    # shellcheck disable=SC1091
    . "$REG/ports"
  elif ! adopt_env_file; then
    [ "${1:-}" = record ] || return 1
    choose_slot
  fi
  PG_PORT=${STACK_PG_PORT:-$PG_PORT} REDIS_PORT=${STACK_REDIS_PORT:-$REDIS_PORT}
  IMAP_PORT=${STACK_IMAP_PORT:-$IMAP_PORT} LMTP_PORT=${STACK_LMTP_PORT:-$LMTP_PORT}
  OAUTH_PORT=${STACK_OAUTH_PORT:-${OAUTH_PORT:-$((10290 + SLOT))}} WEB_PORT=${WEB_PORT:-$((8080 + SLOT))}
  TEST_DOMAIN=box.$DOMAIN
  [ "${1:-}" = record ] || return 0
  mkdir -p "$REG" && chmod 755 "$LIB" "$LIB/stacks" "$REG"
  printf '%s\n' "CLONE=$(realpath "$STACK")" "SLOT=$SLOT" "PG_PORT=$PG_PORT" "REDIS_PORT=$REDIS_PORT" \
    "IMAP_PORT=$IMAP_PORT" "LMTP_PORT=$LMTP_PORT" "OAUTH_PORT=$OAUTH_PORT" "WEB_PORT=$WEB_PORT" \
    "DOMAIN=$DOMAIN" >"$REG/ports"
}

install_packages() {
  # poppler-utils: pdftotext reads the ICD-10-CM Official Guidelines PDF into the guidance library.
  local want=(postgresql redis-server dovecot-imapd dovecot-lmtpd postfix swaks poppler-utils)
  [ "$WITH_BROWSER" = yes ] && want+=(chromium fonts-dejavu-core)
  local missing=()
  for p in "${want[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  apt-get update -qq >/dev/null
  # Postfix asks questions on install; answer them up front (up_postfix then rewrites what matters).
  printf '%s\n' "postfix postfix/main_mailer_type select Internet Site" \
    "postfix postfix/mailname string mx.example.test" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

secret() {
  local f="$STACK/secrets/$1"
  [ -s "$f" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$f"
  cat "$f"
}

source "$HERE/stack-servers.sh"

write_env() {
  umask 077 && rm -f "$STACK/env"
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
WEB_PORT=$WEB_PORT
CONSULT_ADDRESS=consult@$DOMAIN
CONSULT_PASSWORD=$(secret consult)
ASKER_ADDRESS=asker@$DOMAIN
ASKER_PASSWORD=$(secret asker)
ASKER2_ADDRESS=asker2@$DOMAIN
ASKER2_PASSWORD=$(secret asker2)
TEST_MAILBOX_DOMAIN=$TEST_DOMAIN
TEST_MAILBOX_PASSWORD=$(secret testboxes)
OAUTH2_TEST_PORT=$OAUTH_PORT
EOF
}

cmd_up() {
  MODE=durable WITH_BROWSER=no
  for arg in "$@"; do
    case $arg in
      --fast) MODE=fast ;;
      --with-browser) WITH_BROWSER=yes ;;
      *) log "unknown option $arg"; exit 2 ;;
    esac
  done
  install_packages
  load_ports record
  mkdir -p "$STACK/secrets" "$STATE"/{run,log,redis,dovecot}
  chmod 700 "$STACK/secrets"
  [ "$STATE" = "$REG" ] && ln -sfn "$STATE" "$STACK/state"
  touch "$STACK/started"
  up_postgres
  up_redis
  up_dovecot
  up_postfix
  write_env
  log "up ($MODE): postgres :$PG_PORT, redis :$REDIS_PORT, imap :$IMAP_PORT, lmtp :$LMTP_PORT, smtp :$SMTP_PORT, mail @$DOMAIN ($STACK/env, data in $STATE)"
}

cmd_down() {
  load_ports || { log "this clone has no stack"; return 0; }
  [ -f "$STACK/started" ] || { log "nothing was started by up"; return 0; }
  while read -r svc; do
    case $svc in
      postgres) pg_ours && as_postgres "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast -w stop >/dev/null || true ;;
      redis) pid_alive "$STATE/run/redis.pid" && kill "$(cat "$STATE/run/redis.pid")" ;;
      dovecot) doveadm -c "$STATE/dovecot/dovecot.conf" stop 2>/dev/null || true ;;
      postfix)
        if other_clones_up; then log "postfix left running: another clone's stack uses it"; continue; fi
        postfix stop >/dev/null 2>&1 || true ;;
    esac
    log "stopped $svc"
  done <"$STACK/started"
  : >"$STACK/started"
}

cmd_status() {
  load_ports || { echo "no stack for this clone (run: npm run stack -- up)"; return 1; }
  local rc=0
  status_line postgres "$PG_PORT" pg_ours "$(pg_mode)" || rc=1
  status_line redis "$REDIS_PORT" redis_ours "$(redis_mode)" || rc=1
  status_line imap "$IMAP_PORT" dovecot_ours "" || rc=1
  status_line lmtp "$LMTP_PORT" dovecot_ours "" || rc=1
  status_line smtp "$SMTP_PORT" postfix_routes_us "mail @$DOMAIN, Postfix shared by every clone" || rc=1
  echo "state $STATE (slot $SLOT)"
  return $rc
}

cmd_purge() {
  cmd_down
  if load_ports; then
    if pg_ours || redis_ours || dovecot_ours; then log "servers of this clone still run (started elsewhere?): stop them first"; exit 1; fi
    rm -rf "$REG" "$STACK/state" "$STACK/env" "$STACK/started"
    [ "$STATE" = "$STACK" ] && rm -rf "$STACK"/{pg,run,log,redis,dovecot,mail}
    route_mail
    log "purged: data and ports of $STACK given back"
  fi
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  purge) cmd_purge ;;
  *) echo "usage: stack.sh up [--fast] [--with-browser] | down | status | purge" >&2; exit 2 ;;
esac
