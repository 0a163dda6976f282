-- End every room of a dead instance; the surviving members are returned to be told.
-- ARGV: prefix, instance, and "1" to reap even a live instance: an instance does that to
-- itself after it lost Redis, because it has already ended all of its rooms.
local p, dead = ARGV[1], ARGV[2]
if ARGV[3] ~= '1' then
  if redis.call('EXISTS', p..'alive:'..dead) == 1 then return {} end
  if redis.call('SREM', p..'instances', dead) == 0 then return {} end
end
local setk = p..'inst:'..dead..':rooms'
local survivors = {}
for _, np in ipairs(redis.call('SMEMBERS', setk)) do
  local rk = p..'room:'..np
  local room = redis.call('HMGET', rk, 'home', 'supporter')
  if not room[1] then
    redis.call('ZREM', p..'waiting', np)
  else
    local ours = false
    local others = {}
    for i = 1, 2 do
      local member = room[i]
      if member then
        local inst = string.match(member, '^(.*)%.')
        if inst == dead then ours = true else table.insert(others, {member, inst}) end
      end
    end
    if ours then
      for _, o in ipairs(others) do
        table.insert(survivors, o[1])
        redis.call('SREM', p..'inst:'..o[2]..':rooms', np)
      end
      redis.call('DEL', rk)
      redis.call('ZREM', p..'waiting', np)
    end
  end
end
redis.call('DEL', setk)
return survivors
