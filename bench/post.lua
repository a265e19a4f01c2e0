-- wrk script: POST the JSON file given after "--" to the URL.
--   wrk ... -s post.lua URL -- FILE                       as fast as the connections go
--   wrk ... -s post.lua URL -- FILE CONNECTIONS RATE      paced: each connection waits CONNECTIONS/RATE s
-- between requests, so the total stays at or a little under RATE (plain wrk has no rate control, and
-- hey's own CPU use on a 2-core machine distorted the latencies it measured).
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
  local key = os.getenv("API_KEY")
  if key then
    wrk.headers["X-API-Key"] = key
  end
  if args[3] then
    pause = 1000 * tonumber(args[2]) / tonumber(args[3])
  end
end

function delay()
  return pause or 0
end
