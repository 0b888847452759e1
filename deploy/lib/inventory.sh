# shellcheck shell=bash
# Reads a Veil worker inventory (deploy/inventory*.yaml) without any YAML library.
# The format is fixed: a top-level `workers:` list whose entries are flat `key: value` maps with
# the keys name, host, endpoint, gpu, backend, model (other keys, such as the gateway's
# curve_server_key, are skipped). Comments, blank lines, quotes and `null` are understood; a line
# that is not `key: value` is refused with its line number.
#
# veil_inventory_list FILE
#   prints one line per worker: name host endpoint gpu backend model, tab-separated, with "-"
#   for an empty or null value (bash's `read` would merge empty tab-separated fields).
veil_inventory_list() {
  local file=$1
  if [[ ! -r $file ]]; then
    echo "inventory: cannot read $file" >&2
    return 2
  fi
  awk -v file="$file" '
    function fail(msg) { printf "inventory %s line %d: %s\n", file, NR, msg > "/dev/stderr"; bad = 1; exit 2 }
    function clean(s) {
      sub(/^[ \t]+/, "", s); sub(/[ \t]+#.*$/, "", s); sub(/[ \t]+$/, "", s)
      if (s ~ /^".*"$/ || s ~ /^\047.*\047$/) s = substr(s, 2, length(s) - 2)
      if (s == "null" || s == "~") s = ""
      return s
    }
    function flush() {
      if (!open) return
      if (f["name"] == "") fail("worker entry ending here has no name")
      if (f["endpoint"] == "") fail("worker \"" f["name"] "\" has no endpoint")
      if (f["name"] in seen) fail("worker name \"" f["name"] "\" is listed twice")
      seen[f["name"]] = 1
      if (f["host"] == "") f["host"] = "localhost"
      if (f["backend"] == "") f["backend"] = "embedded"
      printf "%s\t%s\t%s\t%s\t%s\t%s\n", f["name"], f["host"], f["endpoint"], dash(f["gpu"]), f["backend"], dash(f["model"])
      delete f; open = 0
    }
    function dash(s) { return s == "" ? "-" : s }
    /^[ \t]*(#.*)?$/ { next }
    /^workers:[ \t]*(#.*)?$/ { in_workers = 1; next }
    /^[^ \t-]/ { flush(); in_workers = 0; next }
    !in_workers { next }
    {
      line = $0
      if (line ~ /^[ \t]*-[ \t]/ || line ~ /^[ \t]*-$/) { flush(); open = 1; sub(/^[ \t]*-[ \t]*/, "", line) }
      else { sub(/^[ \t]+/, "", line) }
      if (line == "") next
      if (!open) fail("a key outside any worker entry")
      k = line; sub(/:.*$/, "", k)
      if (line !~ /^[a-z_]+:/) fail("expected key: value")
      # Other keys (curve_server_key, ...) belong to the gateway or other tools: skipped, as there.
      if (k !~ /^(name|host|endpoint|gpu|backend|model)$/) next
      v = line; sub(/^[a-z_]+:/, "", v)
      f[k] = clean(v)
      if (f[k] ~ /[ \t]/) fail("value of " k " must not contain spaces")
    }
    END { if (!bad) flush() }
  ' "$file"
}

# veil_is_local HOST: true when HOST means this machine.
veil_is_local() {
  case $1 in
    localhost|127.0.0.1|::1|"$(hostname 2>/dev/null)") return 0 ;;
    *) return 1 ;;
  esac
}

# veil_endpoint_port ENDPOINT: the port of tcp://host:port.
veil_endpoint_port() {
  local port=${1##*:}
  [[ $port =~ ^[0-9]+$ ]] || return 1
  echo "$port"
}

# veil_port_listening PORT: true when something listens on TCP PORT on this machine.
veil_port_listening() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}
