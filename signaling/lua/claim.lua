-- A supporter claims a waiting room; counts the claim against its address and its
-- network prefixes first, and a claim of an unknown nameplate as a miss (register.lua
-- makes nameplates longer while misses are many).
-- ARGV: prefix, nameplate, member id, instance, room ttl (ms), window (ms), number of
-- scope keys k, then k pairs (hashed key, claims per window). Returns {'ok', home
-- member id} or {error code}; publishes `joined` to the home user's instance when that
-- is another one.
local p = ARGV[1]
local k = tonumber(ARGV[7])
for i = 0, k - 1 do
  local ck = p..'claims:'..ARGV[8 + 2 * i]
  local n = redis.call('INCR', ck)
  if n == 1 then redis.call('PEXPIRE', ck, ARGV[6]) end
  if n > tonumber(ARGV[9 + 2 * i]) then return {'rate_limited'} end
end
local rk = p..'room:'..ARGV[2]
local home = redis.call('HGET', rk, 'home')
if not home then
  local t = redis.call('TIME')
  local mk = p..'miss:'..math.floor(tonumber(t[1]) / 60)
  if redis.call('INCR', mk) == 1 then redis.call('EXPIRE', mk, 180) end
  return {'unknown_code'}
end
if redis.call('HEXISTS', rk, 'supporter') == 1 then return {'room_full'} end
redis.call('HSET', rk, 'supporter', ARGV[3])
redis.call('PEXPIRE', rk, ARGV[5])
redis.call('ZREM', p..'waiting', ARGV[2])
redis.call('SADD', p..'inst:'..ARGV[4]..':rooms', ARGV[2])
local inst, conn = string.match(home, '^(.*)%.(%d+)$')
if inst ~= ARGV[4] then
  redis.call('PUBLISH', p..'to:'..inst,
    cjson.encode({ev = 'joined', peer = ARGV[3], to = tonumber(conn)}))
end
return {'ok', home}
