-- wrk script: POST advice requests, cycling through the realistic mix of cases in $BENCH_CASES (one JSON case per
-- line, from CaseGenerator). With $BENCH_DELAY_MS each connection waits that long between requests, which turns
-- wrk's closed loop into a fixed rate: connections * 1000 / (delay + latency) requests per second.
local bodies = {}
for line in io.lines(os.getenv("BENCH_CASES")) do
  bodies[#bodies + 1] = line
end
local next_body = 0
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("BENCH_AUTH") }

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", nil, headers, bodies[next_body])
end

local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if delay_ms then
  delay = function() return delay_ms end
end
