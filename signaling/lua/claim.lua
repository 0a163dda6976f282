-- A supporter claims a waiting room; counts the claim against its address first.
-- ARGV: prefix, nameplate, member id, instance, room ttl (ms), address key, claims per
-- window, window (ms). Returns {'ok', home member id} or {error code}; publishes
-- `joined` to the home user's instance when that is another one.
local p = ARGV[1]
local ck = p..'claims:'..ARGV[6]
local n = redis.call('INCR', ck)
if n == 1 then redis.call('PEXPIRE', ck, ARGV[8]) end
if n > tonumber(ARGV[7]) then return {'rate_limited'} end
local rk = p..'room:'..ARGV[2]
local home = redis.call('HGET', rk, 'home')
if not home then return {'unknown_code'} end
if redis.call('HEXISTS', rk, 'supporter') == 1 then return {'room_full'} end
redis.call('HSET', rk, 'supporter', ARGV[3])
redis.call('PEXPIRE', rk, ARGV[5])
redis.call('SADD', p..'inst:'..ARGV[4]..':rooms', ARGV[2])
local inst, conn = string.match(home, '^(.*)%.(%d+)$')
if inst ~= ARGV[4] then
  redis.call('PUBLISH', p..'to:'..inst,
    cjson.encode({ev = 'joined', peer = ARGV[3], to = tonumber(conn)}))
end
return {'ok', home}
