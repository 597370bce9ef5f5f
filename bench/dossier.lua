-- wrk script: record advices in dossiers, POST /api/v1/dossiers/{referentie}/adviezen (wrk is given the URL up to
-- /api/v1/dossiers). Cycles through the cases in $BENCH_CASES; every request goes to a dossier of its own, a new
-- reference per thread and request, so that each records a first advice as the knooppunt would.
local bodies = {}
for line in io.lines(os.getenv("BENCH_CASES")) do
  bodies[#bodies + 1] = line:gsub('"referentie"%s*:%s*"[^"]*"%s*,?', "")
end
local next_body = 0
local counter = 0
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("BENCH_AUTH") }
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads .. "-" .. os.time())
end

request = function()
  next_body = next_body % #bodies + 1
  counter = counter + 1
  return wrk.format("POST", "/api/v1/dossiers/B-" .. thread_id .. "-" .. counter .. "/adviezen", headers, bodies[next_body])
end

local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if delay_ms then
  delay = function() return delay_ms end
end
