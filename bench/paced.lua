-- wrk script: POST the JSON file given after "--" at a paced rate.
-- Args: FILE CONNECTIONS RATE. Each connection waits CONNECTIONS/RATE seconds between requests, so
-- the total stays at or a little under RATE (plain wrk has no rate control; hey's own CPU use on a
-- 2-core machine distorted the latencies it measured).
function init(args)
  local f = assert(io.open(args[1], "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  local token = os.getenv("INTERNAL_TOKEN")
  if token then
    wrk.headers["X-Internal-Token"] = token
  end
  pause = 1000 * tonumber(args[2]) / tonumber(args[3])
end

function delay()
  return pause
end
