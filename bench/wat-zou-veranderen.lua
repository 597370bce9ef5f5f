-- wrk script: POST the contract's example case to the advice endpoint, asking what would change the advice
-- (?watZouVeranderen=true is in the URL wrk is given). The body is bench/contractvoorbeeld.json.
local file = io.open("bench/contractvoorbeeld.json")
local body = file:read("*a")
file:close()
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = os.getenv("BENCH_AUTH") }

request = function()
  return wrk.format("POST", nil, headers, body)
end
