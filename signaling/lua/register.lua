-- Open a waiting room under a random nameplate, as short as the rules allow (or, for
-- a resume, PROTOCOL.md section 9, under the one name "resume:<room id>" the caller gives).
-- ARGV: prefix, member id, instance, code lifetime (ms), sparsity, guess margin,
-- number of scope keys k, then k pairs (hashed address/prefix key, limit per minute),
-- then the candidates drawn by the caller (`secrets`), shortest first.
-- Returns the nameplate, {'rate_limited'} or false when no candidate was free.
local p = ARGV[1]
local k = tonumber(ARGV[7])
for i = 0, k - 1 do
  local key = p..'regs:'..ARGV[8 + 2 * i]
  local n = redis.call('INCR', key)
  if n == 1 then redis.call('PEXPIRE', key, 60000) end
  if n > tonumber(ARGV[9 + 2 * i]) then return {'rate_limited'} end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wk = p..'waiting'
redis.call('ZREMRANGEBYSCORE', wk, '-inf', now)
local waiting = redis.call('ZCARD', wk)
local minute = math.floor(now / 60000)
local misses = math.max(tonumber(redis.call('GET', p..'miss:'..minute) or '0'),
  tonumber(redis.call('GET', p..'miss:'..(minute - 1)) or '0'))
local needed = math.max(tonumber(ARGV[5]) * (waiting + 1), tonumber(ARGV[6]) * misses)
for i = 8 + 2 * k, #ARGV do
  local np = ARGV[i]
  local space = 9 * 10 ^ (#np - 1)
  local longest = i + 1 > #ARGV or #ARGV[#ARGV] == #np
  if (space >= needed or longest) and redis.call('EXISTS', p..'room:'..np) == 0 then
    redis.call('HSET', p..'room:'..np, 'home', ARGV[2])
    redis.call('PEXPIRE', p..'room:'..np, ARGV[4])
    redis.call('ZADD', wk, now + tonumber(ARGV[4]), np)
    redis.call('SADD', p..'inst:'..ARGV[3]..':rooms', np)
    return np
  end
end
return false
