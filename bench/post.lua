-- wrk script: POST the JSON file given after "--" to the URL.
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
end
