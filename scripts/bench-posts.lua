-- wrk script for `npm run bench`: each request POSTs the next form body of a file (one body per
-- line, URL-encoded), and each body is sent once, the lines shared out between wrk's threads.
-- Arguments: the file, the number of threads, the Origin header. A thread that runs out asks for
-- /bench-ran-out-of-bodies, a 404 that wrk counts as an error, so a row never repeats a body.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local bodies, next_body, step = {}, 1, 1
function init(args)
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  next_body, step = id + 1, tonumber(args[2])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  wrk.headers["Origin"] = args[3]
end

function request()
  local body = bodies[next_body]
  next_body = next_body + step
  if body == nil then
    return wrk.format("GET", "/bench-ran-out-of-bodies")
  end
  return wrk.format(nil, nil, nil, body)
end
