import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { SESSION_QUERY_KEY } from './session-query.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    // Signed out locally even when the server cannot be told: the cookie then simply expires.
    await api.POST('/api/auth/logout').catch(() => undefined);
    queryClient.clear();
    queryClient.setQueryData(SESSION_QUERY_KEY, null);
    await navigate('/login', { replace: true });
  };
}
