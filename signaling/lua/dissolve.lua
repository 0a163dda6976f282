-- A member leaves: delete its room, tell the other side.
-- ARGV: prefix, nameplate, member id, instance, reason. Returns the other member's id
-- (the caller tells it when it is ours; another instance's is told here), or false.
local p, np, me = ARGV[1], ARGV[2], ARGV[3]
local removed = redis.call('SREM', p..'inst:'..ARGV[4]..':rooms', np)
local rk = p..'room:'..np
local room = redis.call('HMGET', rk, 'home', 'supporter')
local home, sup = room[1], room[2]
if home == me or sup == me then
  local other = home
  if home == me then other = sup end
  redis.call('DEL', rk)
  if other then
    local inst, conn = string.match(other, '^(.*)%.(%d+)$')
    redis.call('SREM', p..'inst:'..inst..':rooms', np)
    if inst ~= ARGV[4] then
      redis.call('PUBLISH', p..'to:'..inst,
        cjson.encode({ev = 'peer_left', reason = ARGV[5], to = tonumber(conn)}))
    end
  end
  redis.call('ZREM', p..'waiting', np)
  return other
end
if not home and removed == 1 then redis.call('ZREM', p..'waiting', np) end
return false
