-- Give a helper app the smallest free nameplate and open its waiting room.
-- ARGV: prefix, member id, instance, code lifetime (ms), then the nameplate ranges as
-- low, high pairs. Returns the nameplate, or false when every range is used up.
local p = ARGV[1]
local np = false
while true do
  local popped = redis.call('ZPOPMIN', p..'np:free')
  if #popped == 0 then break end
  if redis.call('EXISTS', p..'room:'..popped[1]) == 0 then np = popped[1]; break end
end
if not np then
  local nxt = tonumber(redis.call('GET', p..'np:next') or '0')
  local found = false
  for i = 5, #ARGV, 2 do
    local low, high = tonumber(ARGV[i]), tonumber(ARGV[i + 1])
    if nxt < low then nxt = low end
    if nxt <= high then found = nxt; break end
  end
  if not found then return false end
  redis.call('SET', p..'np:next', found + 1)
  np = tostring(found)
end
redis.call('HSET', p..'room:'..np, 'home', ARGV[2])
redis.call('PEXPIRE', p..'room:'..np, ARGV[4])
redis.call('SADD', p..'inst:'..ARGV[3]..':rooms', np)
return np
