-- wrk script: cycles through prepared requests, one per line of a TSV file: METHOD<TAB>PATH<TAB>BODY.
-- Usage: wrk ... -s requests.lua URL -- requests.tsv [HEADER VALUE]...
-- At the end prints one JSON line: requests, duration, socket errors, non-2xx/3xx responses and the
-- latency percentiles in microseconds (wrk's own histogram, every request counted).

local prepared = {}
local position = 0

function init(args)
  local headers = {}
  for i = 2, #args - 1, 2 do
    headers[args[i]] = args[i + 1]
  end
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
    if method then
      local h = {}
      for k, v in pairs(headers) do h[k] = v end
      if body == "" then
        body = nil
      else
        h["Content-Type"] = "application/json"
      end
      prepared[#prepared + 1] = wrk.format(method, path, h, body)
    end
  end
  if #prepared == 0 then
    error("no requests in " .. args[1])
  end
  -- Each thread starts at a different place of the list.
  position = math.random(#prepared) - 1
end

function request()
  position = position % #prepared + 1
  return prepared[position]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "errors": {"connect": %d, "read": %d, "write": %d, "non2xx": %d, "timeout": %d}, ' ..
    '"latency_us": {"mean": %.1f, "p50": %d, "p95": %d, "p99": %d, "max": %d}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
